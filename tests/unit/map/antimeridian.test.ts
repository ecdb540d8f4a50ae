import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { unwrapGeometry, unwrapRing } from '../../../src/features/map/geo/antimeridian';
import { worldCountries } from '../../../src/features/map/geo/world-countries';
import { worldAtlas } from './world-data';

const lons = (ring: Position[]) => ring.map((position) => position[0]);

function largestStep(ring: Position[]): number {
  let largest = 0;
  for (let index = 1; index < ring.length; index += 1) {
    largest = Math.max(largest, Math.abs((ring[index]![0] ?? 0) - (ring[index - 1]![0] ?? 0)));
  }
  return largest;
}

describe('unwrapRing', () => {
  it('moves points past 180° by a whole turn so the ring stays continuous', () => {
    const ring = [
      [170, 60],
      [179, 61],
      [-179, 62],
      [-170, 60],
      [170, 60],
    ];
    expect(lons(unwrapRing(ring))).toEqual([170, 179, 181, 190, 170]);
    expect(unwrapRing(ring).map((position) => position[1])).toEqual([60, 61, 62, 60, 60]);
  });

  it('moves a ring that ends up west of -180° one turn east', () => {
    const ring = [
      [-170, 60],
      [-179, 61],
      [179, 62],
      [170, 60],
      [-170, 60],
    ];
    expect(lons(unwrapRing(ring))).toEqual([190, 181, 179, 170, 190]);
  });

  it('leaves rings that do not cross 180° as they are', () => {
    const cambodia = [
      [102.3, 13.4],
      [107.6, 13.5],
      [106.2, 10.6],
      [102.3, 13.4],
    ];
    expect(unwrapRing(cambodia)).toEqual(cambodia);
  });

  it('leaves a ring around a pole as it is: it cannot be made continuous', () => {
    const polar = [
      [-180, -84],
      [0, -80],
      [180, -84],
      [-180, -84],
    ];
    expect(unwrapRing(polar)).toEqual(polar);
  });
});

describe('unwrapping the world-atlas basemap', () => {
  const topology = worldAtlas('countries-110m.json');
  const raw = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>).features;
  const rings = (name: string, features: typeof raw) => {
    const found = features.find((candidate) => candidate.properties.name === name);
    const geometry = unwrapGeometry(found!.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon);
    return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  };

  it.each(['Russia', 'Fiji'])('%s arrives with jumps across 180° and draws without them', (name) => {
    const before = raw.find((candidate) => candidate.properties.name === name)!
      .geometry as GeoJSON.MultiPolygon;
    expect(Math.max(...before.coordinates.flat().map(largestStep))).toBeGreaterThan(180);
    for (const ring of rings(name, raw)) {
      expect(largestStep(ring)).toBeLessThanOrEqual(180);
      expect(Math.min(...lons(ring).map(Number))).toBeGreaterThanOrEqual(-180);
    }
  });

  it('no country of the basemap has a step longer than 180° in any ring', () => {
    for (const shape of worldCountries(topology)) {
      const polygons =
        shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
      for (const ring of polygons.flat()) expect(largestStep(ring), shape.name).toBeLessThanOrEqual(180);
    }
  });
});
