import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Makes a ring continuous in longitude: each point moves by whole turns (±360°) to the copy
 * nearest its predecessor, so no step exceeds 180°. world-atlas stitches Russia and Fiji across
 * the 180° meridian for globe projections; drawn flat as they come, their rings jump from +180
 * to -180 and Leaflet fills a band across the whole world.
 *
 * A ring that circles a pole (it ends a full turn from where it started) cannot be unwrapped
 * and is returned as it is. A ring that ends up wholly or partly west of -180° is moved one
 * turn east, so every shape starts inside the one world the map draws.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const first = ring[0];
  if (first === undefined) return ring;
  const unwrapped: Position[] = [first];
  let previous = lonOf(first);
  for (const position of ring.slice(1)) {
    const lon = lonOf(position);
    const turns = Math.round((previous - lon) / 360);
    const shifted = lon + turns * 360;
    unwrapped.push(withLon(position, shifted));
    previous = shifted;
  }
  if (Math.abs(previous - lonOf(first)) > 180) return ring;

  const west = Math.min(...unwrapped.map(lonOf));
  const shift = west < -180 ? 360 : west >= 180 ? -360 : 0;
  return shift === 0 ? unwrapped : unwrapped.map((position) => withLon(position, lonOf(position) + shift));
}

/** Unwraps every ring of a polygon or multipolygon (see unwrapRing). */
export function unwrapGeometry<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  }
  return {
    ...geometry,
    coordinates: (geometry as MultiPolygon).coordinates.map((polygon) => polygon.map(unwrapRing)),
  };
}

function lonOf(position: Position): number {
  return position[0] ?? 0;
}

function withLon(position: Position, lon: number): Position {
  return [lon, ...position.slice(1)];
}
