import { describe, expect, it } from 'vitest';
import { anchoredApproximatePlaces } from '../../../src/features/map/use-map-data';

describe('anchoredApproximatePlaces', () => {
  const anchors = new Map([['UKR', { lat: 49, lon: 31 }]]);
  const anchorOf = (iso3: string) => anchors.get(iso3) ?? null;

  it('puts each country’s records at its anchor, marked approximate and keyed apart from coordinates', () => {
    expect(
      anchoredApproximatePlaces([{ country: 'UKR', name: 'Ukraine', recordIds: ['a', 'b'] }], anchorOf),
    ).toEqual([
      {
        key: 'country:UKR',
        lat: 49,
        lon: 31,
        name: 'Ukraine',
        country: 'UKR',
        recordIds: ['a', 'b'],
        approximate: true,
      },
    ]);
  });

  it('leaves off a country the map cannot place', () => {
    expect(
      anchoredApproximatePlaces([{ country: 'XKX', name: 'Kosovo', recordIds: ['c'] }], anchorOf),
    ).toEqual([]);
  });
});
