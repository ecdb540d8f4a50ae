import { describe, expect, it } from 'vitest';
import { countryInvolvement } from '../../../src/data/selectors/involvement';
import { buildModel } from '../../../src/data/selectors/model';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);

describe('countryInvolvement', () => {
  it('counts each record once per country it involves (parties, people, place), most records first', () => {
    expect(countryInvolvement(model, selectorFixture.records)).toEqual([
      { iso3: 'KHM', count: 6 },
      // The Hà Nội workshop involves Japan only through a person; it still counts.
      { iso3: 'JPN', count: 5 },
      // Laos is only the place of the Pakse course; it counts, as the filter does.
      { iso3: 'LAO', count: 3 },
      { iso3: 'UKR', count: 3 },
      { iso3: 'NOR', count: 1 },
      { iso3: 'VNM', count: 1 },
    ]);
  });

  it('counts only the records it is given', () => {
    const kharkiv = selectorFixture.records.filter((record) => record.id === 'nor-funds-kharkiv-clearance');
    expect(countryInvolvement(model, kharkiv)).toEqual([
      { iso3: 'NOR', count: 1 },
      { iso3: 'UKR', count: 1 },
    ]);
    expect(countryInvolvement(model, [])).toEqual([]);
  });
});
