import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  anchorOfGeometry,
  insidePolygon,
  interiorPoint,
  polygonArea,
  ringCentroid,
  wrapLon,
} from '../../../src/features/map/geo/anchors';
import { worldCountries } from '../../../src/features/map/geo/world-countries';
import { worldAtlas } from './world-data';

const square = (west: number, south: number, size: number): Position[] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

// A "C" open to the east: its centroid lies in the gap, outside the shape.
const cShape: Position[] = [
  [0, 0],
  [10, 0],
  [10, 2],
  [2, 2],
  [2, 8],
  [10, 8],
  [10, 10],
  [0, 10],
  [0, 0],
];

describe('ringCentroid and polygonArea', () => {
  it('finds the middle of a square and its area, shrunk by the cosine of its latitude', () => {
    expect(ringCentroid(square(10, -2, 4))).toEqual({ lon: 12, lat: 0 });
    expect(polygonArea([square(10, -2, 4)])).toBeCloseTo(16, 6);
    expect(polygonArea([square(10, 58, 4)])).toBeCloseTo(16 * Math.cos((60 * Math.PI) / 180), 6);
  });

  it('takes holes out of the area', () => {
    expect(polygonArea([square(0, -5, 10), square(2, -3, 2)])).toBeCloseTo(96, 6);
  });
});

describe('interiorPoint', () => {
  it('keeps the centroid when it lies inside', () => {
    expect(interiorPoint([square(0, 0, 2)])).toEqual({ lon: 1, lat: 1 });
  });

  it('moves a centroid that falls outside the shape onto the widest stretch of it at that latitude', () => {
    const centroid = ringCentroid(cShape);
    expect(insidePolygon(centroid, [cShape])).toBe(false);
    const point = interiorPoint([cShape])!;
    expect(insidePolygon(point, [cShape])).toBe(true);
    expect(point).toEqual({ lat: centroid.lat, lon: 1 });
  });

  it('moves a centroid out of a hole', () => {
    const ring = [square(0, 0, 10), square(3, 3, 4)];
    const point = interiorPoint(ring)!;
    expect(insidePolygon({ lon: 5, lat: 5 }, ring)).toBe(false);
    expect(insidePolygon(point, ring)).toBe(true);
  });
});

describe('anchorOfGeometry', () => {
  it('anchors a multipolygon in its largest polygon', () => {
    const anchor = anchorOfGeometry({
      type: 'MultiPolygon',
      coordinates: [[square(-60, 2, 3)], [square(-2, 44, 8)]],
    });
    expect(anchor).toEqual({ lon: 2, lat: 48 });
  });

  it('wraps an anchor found past 180° back into the world', () => {
    expect(anchorOfGeometry({ type: 'Polygon', coordinates: [square(176, -18, 8)] })).toEqual({
      lon: -180,
      lat: -14,
    });
    expect(wrapLon(190)).toBe(-170);
    expect(wrapLon(-190)).toBe(170);
    expect(wrapLon(12.5)).toBe(12.5);
  });

  it('puts every country of the basemap inside its own largest polygon', () => {
    for (const shape of worldCountries(worldAtlas('countries-110m.json'))) {
      const anchor = anchorOfGeometry(shape.geometry)!;
      const polygons =
        shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
      // Test against every copy of the anchor, since unwrapped shapes may lie past 180°.
      const inside = polygons.some((polygon) =>
        [-360, 0, 360].some((turn) => insidePolygon({ lat: anchor.lat, lon: anchor.lon + turn }, polygon)),
      );
      expect(inside, shape.name).toBe(true);
    }
  });

  it('anchors France in metropolitan France and Norway and Croatia at home', () => {
    const shapes = worldCountries(worldAtlas('countries-110m.json'));
    const anchor = (iso3: string) => anchorOfGeometry(shapes.find((shape) => shape.iso3 === iso3)!.geometry)!;
    expect(anchor('FRA').lat).toBeGreaterThan(42);
    expect(anchor('FRA').lon).toBeGreaterThan(-5);
    // Croatia's centroid lies in Bosnia and Herzegovina; its anchor must not.
    const polygonsOf = (iso3: string) => {
      const { geometry } = shapes.find((shape) => shape.iso3 === iso3)!;
      return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    };
    const croatia = polygonsOf('HRV');
    const centroid = ringCentroid(croatia[0]![0]!);
    expect(polygonsOf('BIH').some((polygon) => insidePolygon(centroid, polygon))).toBe(true);
    expect(croatia.some((polygon) => insidePolygon(anchor('HRV'), polygon))).toBe(true);
    expect(polygonsOf('BIH').some((polygon) => insidePolygon(anchor('HRV'), polygon))).toBe(false);
    expect(polygonsOf('NOR').some((polygon) => insidePolygon(anchor('NOR'), polygon))).toBe(true);
  });
});
