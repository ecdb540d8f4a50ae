import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonArea, type LatLon } from './anchors';

/** A box in degrees. `east` may pass 180 (and `west` -180) for a shape drawn across the antimeridian. */
export interface GeoBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * A country drawn in one piece across the antimeridian: each polygon moves by whole turns to lie
 * nearest the country's largest polygon. unwrapRing keeps each ring continuous, but rings of one
 * country can still land a world apart (Fiji's islands at 178° and -179°, Russia's Chukotka at
 * -170°), and the box around such a country would then span the whole world.
 */
export function contiguousGeometry<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return geometry;
  const polygons = (geometry as MultiPolygon).coordinates;
  let largest: Position[][] | undefined;
  for (const polygon of polygons) {
    if (largest === undefined || polygonArea(polygon) > polygonArea(largest)) largest = polygon;
  }
  if (largest === undefined) return geometry;
  const centre = middleLon(largest);
  const shifted = polygons.map((polygon) => {
    const turns = Math.round((centre - middleLon(polygon)) / 360);
    return turns === 0
      ? polygon
      : polygon.map((ring) => ring.map(([lon = 0, ...rest]) => [lon + turns * 360, ...rest]));
  });
  return { ...geometry, coordinates: shifted };
}

/** The box around a shape's outer rings, in the longitudes it is drawn at. */
export function geometryBox(geometry: Polygon | MultiPolygon): GeoBox | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return boxAround(
    polygons.flatMap((polygon) => (polygon[0] ?? []).map(([lon = 0, lat = 0]) => pointBox({ lat, lon }))),
  );
}

/** A box of no size at a point. */
export function pointBox({ lat, lon }: LatLon): GeoBox {
  return { south: lat, west: lon, north: lat, east: lon };
}

/**
 * The box around some boxes, or null for none. The map draws one copy of the world, so the box
 * stays in the longitudes the shapes are drawn at: Japan with the USA spans the Atlantic, since a
 * box across the Pacific would show the sea where the USA would be, had it been drawn there.
 */
export function boxAround(boxes: readonly GeoBox[]): GeoBox | null {
  if (boxes.length === 0) return null;
  return {
    south: Math.min(...boxes.map((box) => box.south)),
    west: Math.min(...boxes.map((box) => box.west)),
    north: Math.max(...boxes.map((box) => box.north)),
    east: Math.max(...boxes.map((box) => box.east)),
  };
}

/** A box as Leaflet takes it: [[south, west], [north, east]]. */
export function toLatLngBounds(box: GeoBox): [[number, number], [number, number]] {
  return [
    [box.south, box.west],
    [box.north, box.east],
  ];
}

/** The boxes of some countries: each one's shape when drawn, else its anchor; unknown ones are left out. */
export function countryBoxes(
  iso3s: readonly string[],
  shapeBoxes: ReadonlyMap<string, GeoBox>,
  anchorOf: (iso3: string) => LatLon | null,
): GeoBox[] {
  const boxes: GeoBox[] = [];
  for (const iso3 of iso3s) {
    const shape = shapeBoxes.get(iso3);
    const anchor = shape === undefined ? anchorOf(iso3) : null;
    if (shape !== undefined) boxes.push(shape);
    else if (anchor !== null) boxes.push(pointBox(anchor));
  }
  return boxes;
}

function middleLon(polygon: Position[][]): number {
  const lons = (polygon[0] ?? []).map(([lon = 0]) => lon);
  return lons.length === 0 ? 0 : (Math.min(...lons) + Math.max(...lons)) / 2;
}
