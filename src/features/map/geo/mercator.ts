import type { LatLon } from './anchors';

/** A point in Web Mercator "world units": the whole world is 256 × 256 at zoom 0, as in Leaflet. */
export interface WorldPoint {
  x: number;
  y: number;
}

const WORLD_SIZE = 256;
// Web Mercator cannot show the poles; Leaflet clamps at the same latitude.
const MAX_LATITUDE = 85.0511287798;

/** Projects like Leaflet's EPSG:3857 at zoom 0 (y grows southwards). */
export function project({ lat, lon }: LatLon): WorldPoint {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * WORLD_SIZE,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_SIZE,
  };
}

/** The inverse of project. */
export function unproject({ x, y }: WorldPoint): LatLon {
  const n = Math.PI - (2 * Math.PI * y) / WORLD_SIZE;
  return {
    lat: (180 / Math.PI) * Math.atan(Math.sinh(n)),
    lon: (x / WORLD_SIZE) * 360 - 180,
  };
}
