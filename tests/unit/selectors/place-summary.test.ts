import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/dataset';
import type { CooperationRecord } from '../../../src/data/schema/records';
import { EMPTY_FILTER, filterRecords } from '../../../src/data/selectors/filter';
import { buildModel } from '../../../src/data/selectors/model';
import { placeSummary } from '../../../src/data/selectors/place-summary';
import { approximatePlaces, recordPlaces } from '../../../src/data/selectors/places';
import { indexedList } from '../../../src/data/selectors/record-index';

// The legend's facts about places, counted without building them, must be what the places that
// the map builds (once it shows them) would say.

const generated = generateDataset({ records: 1200, seed: 5 });
// Some records that name only their country, as imported activities do: every seventh, of any type.
const dataset = {
  ...generated,
  records: generated.records.map((record, position): CooperationRecord => {
    if (position % 7 !== 3) return record;
    const country = record.place?.country ?? generated.countries[0]!.iso3;
    return { ...record, place: { name: country, country, approximate: true } };
  }),
};
const model = buildModel(dataset);

function byBuilding(records: CooperationRecord[]) {
  const placed = recordPlaces(records);
  return {
    hasPlaces: placed.places.length > 0,
    approximateCountries: approximatePlaces(records).map((group) => group.country),
    withoutCoordinates: placed.withoutCoordinates,
  };
}

describe('placeSummary', () => {
  const filters = [
    EMPTY_FILTER,
    { ...EMPTY_FILTER, types: ['training' as const] },
    { ...EMPTY_FILTER, types: ['partnership' as const] },
    { ...EMPTY_FILTER, countries: [dataset.countries[1]!.iso3] },
    { ...EMPTY_FILTER, yearFrom: 3000 },
  ];

  it('says what the built places say, for the filter’s lists (read through the index)', () => {
    for (const filter of filters) {
      const records = filterRecords(model, filter);
      expect(indexedList(records)).not.toBeNull();
      expect(placeSummary(records)).toEqual(byBuilding(records));
    }
  });

  it('says the same for a list the index does not know (read record by record)', () => {
    for (const filter of filters) {
      const records = [...filterRecords(model, filter)];
      expect(indexedList(records)).toBeNull();
      expect(placeSummary(records)).toEqual(byBuilding(records));
    }
  });

  it('finds places with coordinates, approximate ones and ones left off in this dataset', () => {
    const summary = placeSummary(model.dataset.records);
    expect(summary.hasPlaces).toBe(true);
    expect(summary.approximateCountries.length).toBeGreaterThan(1);
    expect(placeSummary(filterRecords(model, { ...EMPTY_FILTER, yearFrom: 3000 }))).toEqual({
      hasPlaces: false,
      approximateCountries: [],
      withoutCoordinates: 0,
    });
  });
});
