import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/dataset';
import type { CooperationRecord } from '../../../src/data/schema/records';
import { countryProfile, recordsInvolving } from '../../../src/data/selectors/country-profile';
import { EMPTY_FILTER, filterRecords } from '../../../src/data/selectors/filter';
import { buildModel, countriesOfRecord } from '../../../src/data/selectors/model';
import { recordsInvolvingBoth } from '../../../src/data/selectors/pair';
import { indexedList } from '../../../src/data/selectors/record-index';
import { recordsWithCountries } from '../../../src/data/selectors/records-with-countries';
import { selectorFixture } from '../../fixtures/selector-fixture';

// The country and pair pages narrow the filter's list to a country (or two) through the record
// index. The answer must be the list a reader would make by reading each record's countries.

const synthetic = buildModel(generateDataset({ records: 1500, seed: 11 }));
const fixture = buildModel(selectorFixture);

const byDefinition = (model: typeof synthetic, records: CooperationRecord[], iso3s: string[]) =>
  records.filter((record) => iso3s.every((iso3) => countriesOfRecord(model, record).has(iso3)));

const ids = (records: readonly CooperationRecord[]) => records.map((record) => record.id);

describe('recordsWithCountries', () => {
  for (const [name, model] of [
    ['synthetic', synthetic],
    ['fixture', fixture],
  ] as const) {
    it(`finds the same records as reading each record's countries (${name} dataset)`, () => {
      const filtered = filterRecords(model, { ...EMPTY_FILTER, types: ['training', 'event'] });
      expect(indexedList(filtered, model)).not.toBeNull();
      let nonEmpty = 0;
      for (const country of model.dataset.countries) {
        const expected = ids(byDefinition(model, filtered, [country.iso3]));
        if (expected.length > 0) nonEmpty += 1;
        expect(ids(recordsInvolving(model, filtered, country.iso3))).toEqual(expected);
        // The whole dataset is read through the index too.
        expect(ids(recordsInvolving(model, model.dataset.records, country.iso3))).toEqual(
          ids(byDefinition(model, model.dataset.records, [country.iso3])),
        );
      }
      expect(nonEmpty).toBeGreaterThan(1);
    });

    it(`finds the same records for a pair of countries (${name} dataset)`, () => {
      const all = filterRecords(model, EMPTY_FILTER);
      const codes = model.dataset.countries.map((country) => country.iso3).slice(0, 12);
      let nonEmpty = 0;
      for (const a of codes) {
        for (const b of codes) {
          if (a === b) continue;
          const expected = ids(byDefinition(model, all, [a, b]));
          if (expected.length > 0) nonEmpty += 1;
          expect(ids(recordsInvolvingBoth(model, all, a, b))).toEqual(expected);
        }
      }
      expect(nonEmpty).toBeGreaterThan(0);
    });
  }

  it('reads a list the index does not know record by record, with the same answer', () => {
    const shuffled = [...synthetic.dataset.records].reverse().slice(0, 400);
    expect(indexedList(shuffled, synthetic)).toBeNull();
    const iso3 = synthetic.dataset.countries[0]!.iso3;
    expect(ids(recordsWithCountries(synthetic, shuffled, [iso3]))).toEqual(
      ids(byDefinition(synthetic, shuffled, [iso3])),
    );
  });

  it('registers what it finds, so the country page counts it through the index', () => {
    const iso3 = synthetic.dataset.countries[0]!.iso3;
    const involving = recordsInvolving(synthetic, filterRecords(synthetic, EMPTY_FILTER), iso3);
    const known = indexedList(involving, synthetic);
    expect(known).not.toBeNull();
    expect([...known!.positions].map((position) => synthetic.dataset.records[position]!.id)).toEqual(
      ids(involving),
    );
  });

  it('gives the country profile the same figures either way', () => {
    for (const country of synthetic.dataset.countries.slice(0, 10)) {
      const viaIndex = countryProfile(synthetic, filterRecords(synthetic, EMPTY_FILTER), country.iso3);
      // A copy of the list is not one the index knows: the profile reads it record by record.
      const viaRecords = countryProfile(synthetic, [...synthetic.dataset.records], country.iso3);
      expect(viaIndex).toEqual(viaRecords);
    }
  });

  it('finds nothing for a country no record involves', () => {
    expect(recordsWithCountries(synthetic, filterRecords(synthetic, EMPTY_FILTER), ['XXX'])).toEqual([]);
  });
});
