import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface LatLon {
  lat: number;
  lon: number;
}

type Ring = Position[];

/**
 * Where a country's flows start and end: a point inside its largest polygon (so France's
 * anchor is in France, not between the mainland and French Guiana). The centroid of that
 * polygon when it falls inside it; otherwise (Croatia's or Norway's centroid lies abroad) the
 * middle of the widest stretch of the country along the centroid's latitude.
 */
export function anchorOfGeometry(geometry: Polygon | MultiPolygon): LatLon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest: Ring[] | undefined;
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  if (largest === undefined) return null;
  const point = interiorPoint(largest);
  return point === null ? null : { lat: point.lat, lon: wrapLon(point.lon) };
}

/** Area of a polygon (outer ring less its holes) in square degrees, with longitude shrunk by cos(latitude) so polar islands do not outweigh a mainland. */
export function polygonArea(polygon: Ring[]): number {
  const [outer, ...holes] = polygon;
  if (outer === undefined) return 0;
  const shrink = Math.cos((ringCentroid(outer).lat * Math.PI) / 180);
  const planar =
    Math.abs(signedArea(outer)) - holes.reduce((sum, hole) => sum + Math.abs(signedArea(hole)), 0);
  return planar * shrink;
}

/** The area centroid of a ring in longitude/latitude; the mean of its vertices when it has no area. */
export function ringCentroid(ring: Ring): LatLon {
  let twiceArea = 0;
  let x = 0;
  let y = 0;
  forEachEdge(ring, ([x0, y0], [x1, y1]) => {
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  });
  if (twiceArea === 0) {
    const count = Math.max(ring.length, 1);
    return {
      lon: ring.reduce((sum, position) => sum + (position[0] ?? 0), 0) / count,
      lat: ring.reduce((sum, position) => sum + (position[1] ?? 0), 0) / count,
    };
  }
  return { lon: x / (3 * twiceArea), lat: y / (3 * twiceArea) };
}

/** Whether a point lies inside a polygon: inside its outer ring and outside its holes (even-odd rule). */
export function insidePolygon(point: LatLon, polygon: Ring[]): boolean {
  let inside = false;
  for (const ring of polygon) {
    forEachEdge(ring, ([x0, y0], [x1, y1]) => {
      if (y0 > point.lat !== y1 > point.lat) {
        const crossX = x0 + ((point.lat - y0) / (y1 - y0)) * (x1 - x0);
        if (point.lon < crossX) inside = !inside;
      }
    });
  }
  return inside;
}

/** A point inside a polygon: its centroid if inside, else the middle of the widest inside stretch along the centroid's latitude. */
export function interiorPoint(polygon: Ring[]): LatLon | null {
  const outer = polygon[0];
  if (outer === undefined || outer.length === 0) return null;
  const centroid = ringCentroid(outer);
  if (insidePolygon(centroid, polygon)) return centroid;

  const crossings: number[] = [];
  for (const ring of polygon) {
    forEachEdge(ring, ([x0, y0], [x1, y1]) => {
      if (y0 > centroid.lat !== y1 > centroid.lat) {
        crossings.push(x0 + ((centroid.lat - y0) / (y1 - y0)) * (x1 - x0));
      }
    });
  }
  crossings.sort((a, b) => a - b);
  let best: LatLon = centroid;
  let bestWidth = -1;
  // Even-odd: the stretches between the 1st and 2nd, 3rd and 4th… crossings are inside.
  for (let index = 0; index + 1 < crossings.length; index += 2) {
    const west = crossings[index] ?? 0;
    const east = crossings[index + 1] ?? 0;
    if (east - west > bestWidth) {
      bestWidth = east - west;
      best = { lat: centroid.lat, lon: (west + east) / 2 };
    }
  }
  return best;
}

/** A longitude moved by whole turns into [-180, 180). */
export function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function signedArea(ring: Ring): number {
  let twiceArea = 0;
  forEachEdge(ring, ([x0, y0], [x1, y1]) => {
    twiceArea += x0 * y1 - x1 * y0;
  });
  return twiceArea / 2;
}

// Visits every edge, closing the ring whether or not its last point repeats the first.
function forEachEdge(ring: Ring, visit: (from: [number, number], to: [number, number]) => void): void {
  for (let index = 0; index < ring.length; index += 1) {
    const from = ring[index];
    const to = ring[(index + 1) % ring.length];
    if (from === undefined || to === undefined) continue;
    visit([from[0] ?? 0, from[1] ?? 0], [to[0] ?? 0, to[1] ?? 0]);
  }
}
