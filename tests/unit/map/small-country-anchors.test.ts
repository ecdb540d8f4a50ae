import { describe, expect, it } from 'vitest';
import { anchorOfGeometry } from '../../../src/features/map/geo/anchors';
import { SMALL_COUNTRY_ANCHORS } from '../../../src/features/map/geo/small-country-anchors';
import { worldCountries } from '../../../src/features/map/geo/world-countries';
import { worldAtlas } from './world-data';

// The table is generated from countries-50m.json: this recomputes it, so it cannot drift from the atlas.
describe('SMALL_COUNTRY_ANCHORS', () => {
  const drawn = new Set(worldCountries(worldAtlas('countries-110m.json')).map((shape) => shape.iso3));
  const expected = worldCountries(worldAtlas('countries-50m.json'))
    .filter((shape) => shape.iso3 !== null && !drawn.has(shape.iso3))
    .map((shape) => {
      const anchor = anchorOfGeometry(shape.geometry)!;
      return [
        shape.iso3!,
        { lat: Number(anchor.lat.toFixed(2)), lon: Number(anchor.lon.toFixed(2)) },
      ] as const;
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));

  it('has an anchor for every country the 50m atlas has and the 110m map does not draw, and only those', () => {
    expect(Object.keys(SMALL_COUNTRY_ANCHORS).sort()).toEqual(expected.map(([iso3]) => iso3));
    expect(SMALL_COUNTRY_ANCHORS.TON).toBeDefined();
    expect(SMALL_COUNTRY_ANCHORS.SGP).toBeDefined();
  });

  it('matches the anchors computed from the 50m atlas', () => {
    // On failure, the printed table is what to paste into small-country-anchors.ts.
    expect(SMALL_COUNTRY_ANCHORS).toEqual(Object.fromEntries(expected));
  });
});
