/** The URL codec accepts zooms 0 to 12; the map keeps to the same range. */
// Under 1 at the narrowest: a 320 px phone fits all the countries with records only at about 0.25.
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 12;
/** Where the map looks when nothing is involved. */
export const WORLD_VIEW = { lat: 20, lon: 10, zoom: 2 } as const;
/** The furthest "fit the data" zooms in, so one place does not fill the map with a street. */
export const FIT_MAX_ZOOM = 6;
/**
 * From this zoom on, places show by themselves; below it, only when the reader asks. At a world
 * view a marker is as wide as Cambodia and would hide the very countries the map is about.
 */
// Above FIT_MAX_ZOOM: a fit to a selected country never brings markers over it by itself.
export const PLACES_ZOOM = 7;
