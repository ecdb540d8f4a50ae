import { describe, expect, it } from 'vitest';
import type { RecordPlace } from '../../../src/data/selectors/places';
import {
  buildPlaceIndex,
  clampBBox,
  placeIndexFor,
  placeItems,
} from '../../../src/features/map/geo/place-index';

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

function place(key: string, lat: number, lon: number, records: number): RecordPlace {
  return {
    key,
    lat,
    lon,
    name: key,
    country: 'KHM',
    recordIds: Array.from({ length: records }, (_, index) => `${key}-${index}`),
  };
}

const places = [
  place('phnom-penh', 11.5694, 104.9211, 13),
  place('kampong-chhnang', 12.25, 104.667, 2),
  place('kyiv', 50.45, 30.5233, 2),
];

describe('the place index', () => {
  it('clusters nearby places when zoomed out, counting their records', () => {
    const items = placeItems(buildPlaceIndex(places, 11), WORLD, 2);
    expect(items).toHaveLength(2);
    const cluster = items.find((item) => item.kind === 'cluster');
    expect(cluster).toMatchObject({ kind: 'cluster', count: 15, places: 2 });
    expect(items.find((item) => item.kind === 'place')).toEqual({
      kind: 'place',
      key: 'kyiv',
      lat: expect.closeTo(50.45, 4),
      lon: expect.closeTo(30.5233, 4),
      count: 2,
    });
  });

  it('shows every place on its own above the clustering zoom', () => {
    const items = placeItems(buildPlaceIndex(places, 11), WORLD, 12);
    expect(items.map((item) => (item.kind === 'place' ? item.key : 'cluster')).sort()).toEqual([
      'kampong-chhnang',
      'kyiv',
      'phnom-penh',
    ]);
  });

  it('keeps every record counted at every zoom', () => {
    const many = Array.from({ length: 5000 }, (_, index) =>
      place(`p${index}`, -60 + ((index * 7) % 120), -170 + ((index * 13) % 340), 1 + (index % 3)),
    );
    const total = many.reduce((sum, item) => sum + item.recordIds.length, 0);
    const index = buildPlaceIndex(many, 11);
    for (const zoom of [0, 3, 6, 12]) {
      const items = placeItems(index, WORLD, zoom);
      expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(total);
    }
    expect(placeItems(index, WORLD, 0).length).toBeLessThan(200);
  });

  it('only returns what lies in the view box', () => {
    const items = placeItems(buildPlaceIndex(places, 11), [20, 40, 40, 60], 5);
    expect(items.map((item) => item.kind === 'place' && item.key)).toEqual(['kyiv']);
  });
});

describe('placeIndexFor', () => {
  const dataset = ['a', 'b', 'c'];

  it('indexes the whole dataset once and reuses that index whenever every record is on the map', () => {
    const first = placeIndexFor(places, 11, dataset);
    expect(placeIndexFor(places, 11, dataset)).toBe(first);
    expect(placeItems(first, WORLD, 2).reduce((sum, item) => sum + item.count, 0)).toBe(17);
  });

  it('indexes any other list afresh, with its own counts', () => {
    const whole = placeIndexFor(places, 11, dataset);
    const subset = placeIndexFor(places.slice(2), 11, null);
    expect(subset).not.toBe(whole);
    expect(placeIndexFor(places.slice(2), 11, null)).not.toBe(subset);
    expect(placeItems(subset, WORLD, 2)).toEqual([
      expect.objectContaining({ kind: 'place', key: 'kyiv', count: 2 }),
    ]);
  });

  it('keeps one index per dataset', () => {
    const other = ['x', 'y', 'z'];
    expect(placeIndexFor(places.slice(0, 1), 11, other)).not.toBe(placeIndexFor(places, 11, dataset));
  });
});

describe('clampBBox', () => {
  it('turns a box wider than the world into the world, and wraps a box past 180°', () => {
    expect(clampBBox([-300, -95, 300, 95])).toEqual([-180, -90, 180, 90]);
    expect(clampBBox([170, 0, 190, 10])).toEqual([170, 0, -170, 10]);
    expect(clampBBox([-10, 0, 180, 10])).toEqual([-10, 0, 180, 10]);
  });
});
