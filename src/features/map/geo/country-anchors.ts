import { anchorOfGeometry, type LatLon } from './anchors';
import type { CountryShape } from './world-countries';

/** Where each drawn country's flows meet, by ISO alpha-3 code. */
export function shapeAnchors(shapes: readonly CountryShape[]): Map<string, LatLon> {
  const anchors = new Map<string, LatLon>();
  for (const shape of shapes) {
    if (shape.iso3 === null) continue;
    const anchor = anchorOfGeometry(shape.geometry);
    if (anchor !== null) anchors.set(shape.iso3, anchor);
  }
  return anchors;
}

/**
 * A country's anchor: its shape on the basemap first, then the table of countries too small to
 * draw, then the first place the dataset gives in it; null when none of them knows the country.
 */
export function anchorLookup(
  ...sources: readonly (ReadonlyMap<string, LatLon> | Readonly<Record<string, LatLon>>)[]
): (iso3: string) => LatLon | null {
  return (iso3) => {
    for (const source of sources) {
      const anchor = source instanceof Map ? source.get(iso3) : (source as Record<string, LatLon>)[iso3];
      if (anchor !== undefined) return anchor;
    }
    return null;
  };
}
