import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  boxAround,
  contiguousGeometry,
  countryBoxes,
  geometryBox,
  pointBox,
  toLatLngBounds,
  type GeoBox,
} from '../../../src/features/map/geo/extent';
import { worldCountries } from '../../../src/features/map/geo/world-countries';
import { worldAtlas } from './world-data';

const shapes = worldCountries(worldAtlas('countries-110m.json'));
const boxOf = (iso3: string): GeoBox => geometryBox(shapes.find((shape) => shape.iso3 === iso3)!.geometry)!;
const square = (west: number, south: number, size = 1) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];

describe('contiguousGeometry', () => {
  it('moves an island a world away to the side of the largest polygon', () => {
    const fiji: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(177, -18, 2), square(-179.5, -17, 0.5)],
    };
    const box = geometryBox(contiguousGeometry(fiji))!;
    expect(box.west).toBe(177);
    expect(box.east).toBe(181);
  });

  it('leaves a country that lies on one side alone', () => {
    const two: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(10, 10), square(20, 10)] };
    expect(contiguousGeometry(two)).toEqual(two);
  });
});

describe('country boxes on the basemap', () => {
  it('keeps Russia and Fiji, which straddle 180°, in one piece rather than round the world', () => {
    const russia = boxOf('RUS');
    expect(russia.west).toBeGreaterThan(15);
    expect(russia.east).toBeGreaterThan(180);
    expect(russia.east - russia.west).toBeLessThan(180);
    const fiji = boxOf('FJI');
    expect(fiji.east - fiji.west).toBeLessThan(10);
    expect(fiji.west).toBeGreaterThan(170);
  });

  it('puts Cambodia where it is', () => {
    const cambodia = boxOf('KHM');
    expect(cambodia.west).toBeGreaterThan(102);
    expect(cambodia.east).toBeLessThan(108);
    expect(cambodia.south).toBeGreaterThan(9);
    expect(cambodia.north).toBeLessThan(15);
  });

  it('keeps Japan with the USA in the longitudes they are drawn at, both inside', () => {
    const japan = boxOf('JPN');
    const usa = boxOf('USA');
    const both = boxAround([japan, usa])!;
    for (const box of [japan, usa]) {
      expect(both.west).toBeLessThanOrEqual(box.west);
      expect(both.east).toBeGreaterThanOrEqual(box.east);
    }
    // The USA's Aleutians join Alaska across 180° rather than stretch the box east of Japan.
    expect(both.east).toBeLessThan(150);
  });
});

describe('countryBoxes and boxAround', () => {
  it("uses a country's shape, else its anchor, and leaves out what it cannot place", () => {
    const shapesByIso3 = new Map([['KHM', { south: 10, west: 102, north: 15, east: 108 }]]);
    const anchors: Record<string, { lat: number; lon: number }> = { SGP: { lat: 1.35, lon: 103.8 } };
    const boxes = countryBoxes(['KHM', 'SGP', 'XXX'], shapesByIso3, (iso3) => anchors[iso3] ?? null);
    expect(boxes).toEqual([shapesByIso3.get('KHM'), pointBox({ lat: 1.35, lon: 103.8 })]);
    expect(toLatLngBounds(boxAround(boxes)!)).toEqual([
      [1.35, 102],
      [15, 108],
    ]);
    expect(boxAround([])).toBeNull();
  });
});
