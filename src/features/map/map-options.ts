/** The URL codec accepts zooms 1 to 12; the map keeps to the same range. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 12;
/** Where the map looks when nothing is involved. */
export const WORLD_VIEW = { lat: 20, lon: 10, zoom: 2 } as const;
/** The furthest "fit the data" zooms in, so one place does not fill the map with a street. */
export const FIT_MAX_ZOOM = 6;
