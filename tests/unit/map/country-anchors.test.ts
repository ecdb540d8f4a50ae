import { describe, expect, it } from 'vitest';
import { anchorLookup } from '../../../src/features/map/geo/country-anchors';

describe('anchorLookup', () => {
  it('takes the first source that knows a country, and null when none does', () => {
    const shapes = new Map([['KHM', { lat: 12.7, lon: 104.9 }]]);
    const small = { TON: { lat: -21.2, lon: -175.2 } };
    const places = new Map([
      ['KHM', { lat: 11.57, lon: 104.92 }],
      ['XYZ', { lat: 1, lon: 2 }],
    ]);
    const anchorOf = anchorLookup(shapes, small, places);
    expect(anchorOf('KHM')).toEqual({ lat: 12.7, lon: 104.9 });
    expect(anchorOf('TON')).toEqual({ lat: -21.2, lon: -175.2 });
    expect(anchorOf('XYZ')).toEqual({ lat: 1, lon: 2 });
    expect(anchorOf('NOR')).toBeNull();
  });
});
