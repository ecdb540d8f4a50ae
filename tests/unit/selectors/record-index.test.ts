import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/dataset';
import type { CooperationRecord } from '../../../src/data/schema/records';
import { EMPTY_FILTER, filterRecords, type RecordFilter } from '../../../src/data/selectors/filter';
import { countryInvolvement } from '../../../src/data/selectors/involvement';
import { countryLinks } from '../../../src/data/selectors/links';
import {
  buildModel,
  countriesOfRecord,
  organisationsOfRecord,
  partyCountry,
} from '../../../src/data/selectors/model';
import { PARTY_ROLE_FILTERS } from '../../../src/data/selectors/party-role-filter';
import { roleBit } from '../../../src/data/selectors/flow-rule';
import { endYear, startYear } from '../../../src/data/selectors/period';
import { recordPlaces } from '../../../src/data/selectors/places';
import {
  indexedList,
  indexRecordsAsTheyArrive,
  isWholeDataset,
  prepareRecordIndex,
  recordIndex,
} from '../../../src/data/selectors/record-index';
import { selectorFixture } from '../../fixtures/selector-fixture';

// The filter and the map's selectors read the record index for the filter's lists and read records
// one by one for any other list. Both ways must give the same answers; the one-by-one way is the
// plain statement of what each selector means.

const synthetic = buildModel(generateDataset({ records: 1500, seed: 7 }));
const fixture = buildModel(selectorFixture);

/** The filter as its documentation states it, record by record. */
function filterByDefinition(records: readonly CooperationRecord[], filter: RecordFilter, model = synthetic) {
  const anyOf = (values: ReadonlySet<string>, wanted: readonly string[]) =>
    wanted.length === 0 || wanted.some((value) => values.has(value));
  return records.filter(
    (record) =>
      (filter.types.length === 0 || filter.types.includes(record.type)) &&
      (filter.confidence.length === 0 || filter.confidence.includes(record.confidence)) &&
      (filter.themes.length === 0 || record.themes.some((theme) => filter.themes.includes(theme))) &&
      startYear(record) <= (filter.yearTo ?? Infinity) &&
      endYear(record) >= (filter.yearFrom ?? -Infinity) &&
      (filter.yearFrom ?? -Infinity) <= (filter.yearTo ?? Infinity) &&
      anyOf(countriesOfRecord(model, record), filter.countries) &&
      anyOf(organisationsOfRecord(record), filter.organisations) &&
      (!filter.withAmount || (record.type === 'partnership' && record.amount !== undefined)) &&
      (filter.roles.length === 0 || record.parties.some((party) => playsChosenRole(party, filter, model))),
  );
}

/** A party plays one of the filter's roles and, where countries or organisations are chosen, is one of them. */
function playsChosenRole(
  party: CooperationRecord['parties'][number],
  filter: RecordFilter,
  model = synthetic,
) {
  const playsRole = filter.roles.some((role) => (PARTY_ROLE_FILTERS[role] & roleBit(party.role)) !== 0);
  if (!playsRole) return false;
  if (filter.countries.length === 0 && filter.organisations.length === 0) return true;
  const country = partyCountry(model, party);
  return (
    (country !== null && filter.countries.includes(country)) ||
    (party.organisation !== undefined && filter.organisations.includes(party.organisation))
  );
}

const busiestOrganisations = [...synthetic.organisationsById.keys()].slice(0, 40);
const FILTERS: [string, RecordFilter][] = [
  ['no filter', EMPTY_FILTER],
  ['one kind', { ...EMPTY_FILTER, types: ['partnership'] }],
  ['two kinds', { ...EMPTY_FILTER, types: ['training', 'event'] }],
  ['confidence', { ...EMPTY_FILTER, confidence: ['reported', 'disputed'] }],
  ['themes', { ...EMPTY_FILTER, themes: ['clearance', 'victim-assistance'] }],
  ['years', { ...EMPTY_FILTER, yearFrom: 2015, yearTo: 2019 }],
  ['an inverted year range', { ...EMPTY_FILTER, yearFrom: 2020, yearTo: 2010 }],
  ['countries', { ...EMPTY_FILTER, countries: ['UKR', 'KHM', 'XXX'] }],
  ['organisations', { ...EMPTY_FILTER, organisations: busiestOrganisations }],
  ['roles of any party', { ...EMPTY_FILTER, roles: ['hosting', 'trained'] }],
  ['roles of chosen countries', { ...EMPTY_FILTER, roles: ['giving'], countries: ['JPN', 'USA', 'KHM'] }],
  [
    'roles of chosen countries and organisations',
    {
      ...EMPTY_FILTER,
      roles: ['receiving', 'training'],
      countries: ['UKR'],
      organisations: busiestOrganisations,
    },
  ],
  ['with an amount', { ...EMPTY_FILTER, withAmount: true }],
  ['giving, with an amount', { ...EMPTY_FILTER, withAmount: true, roles: ['giving'], countries: ['JPN'] }],
  [
    'several fields at once',
    { ...EMPTY_FILTER, types: ['training', 'partnership'], countries: ['JPN', 'USA', 'DEU'], yearFrom: 2010 },
  ],
];

describe('the record index', () => {
  it.each(FILTERS)('filters as the definition says: %s', (_, filter) => {
    const filtered = filterRecords(synthetic, filter);
    expect(filtered.map((record) => record.id)).toEqual(
      filterByDefinition(synthetic.dataset.records, filter).map((record) => record.id),
    );
  });

  it.each(FILTERS)('counts involvement, links and places as record by record does: %s', (_, filter) => {
    const filtered = filterRecords(synthetic, filter);
    const copy = [...filtered]; // a list the filter did not make: read record by record
    expect(indexedList(filtered, synthetic)).not.toBeNull();
    expect(indexedList(copy, synthetic)).toBeNull();
    expect(countryInvolvement(synthetic, filtered)).toEqual(countryInvolvement(synthetic, copy));
    expect(countryLinks(synthetic, filtered)).toEqual(countryLinks(synthetic, copy));
    expect(recordPlaces(filtered)).toEqual(recordPlaces(copy));
  });

  it('holds for the hand-made fixture too, whose parties include international bodies and people', () => {
    const all = filterRecords(fixture, EMPTY_FILTER);
    expect(all).toHaveLength(selectorFixture.records.length);
    const copy = [...all];
    expect(countryInvolvement(fixture, all)).toEqual(countryInvolvement(fixture, copy));
    expect(countryLinks(fixture, all)).toEqual(countryLinks(fixture, copy));
    expect(recordPlaces(all)).toEqual(recordPlaces(copy));
  });

  it('is not used for a list from another dataset', () => {
    const filtered = filterRecords(synthetic, EMPTY_FILTER);
    expect(indexedList(filtered, fixture)).toBeNull();
    expect(indexedList(fixture.dataset.records, fixture)).not.toBeNull();
  });

  it('sees the synthetic data as a national database would be: many links and places', () => {
    // Guards the comparisons above against passing on empty answers.
    const all = filterRecords(synthetic, EMPTY_FILTER);
    expect(countryLinks(synthetic, all).length).toBeGreaterThan(100);
    expect(recordPlaces(all).places.length).toBeGreaterThan(100);
    expect(filterRecords(synthetic, FILTERS[7]![1]).length).toBeGreaterThan(50);
  });

  it('can be built ahead, a slice at a time, giving the same index the selectors would build', async () => {
    const dataset = generateDataset({ records: 1500, seed: 7 });
    const ahead = buildModel(dataset);
    const pause = vi.fn(() => Promise.resolve());
    await prepareRecordIndex(ahead, 100, pause);
    expect(pause).toHaveBeenCalledTimes(15);
    const prepared = recordIndex(ahead);
    expect(recordIndex(ahead)).toBe(prepared);
    const built = recordIndex(buildModel({ ...dataset }));
    expect({ ...prepared, dataset: null }).toEqual({ ...built, dataset: null });
  });

  it('can be built as the records arrive in batches, giving the same index', () => {
    const dataset = generateDataset({ records: 1500, seed: 7 });
    const arriving = buildModel({ ...dataset, records: [] });
    const build = indexRecordsAsTheyArrive(arriving, dataset.records.length);
    for (let start = 0; start < dataset.records.length; start += 400) {
      arriving.dataset.records.push(...dataset.records.slice(start, start + 400));
      build.addArrived();
    }
    build.finish();
    const built = recordIndex(buildModel({ ...dataset }));
    expect({ ...recordIndex(arriving), dataset: null }).toEqual({ ...built, dataset: null });
  });

  it('refuses to finish an index before every record has arrived', () => {
    const dataset = generateDataset({ records: 20, seed: 7 });
    const arriving = buildModel({ ...dataset, records: dataset.records.slice(0, 10) });
    const build = indexRecordsAsTheyArrive(arriving, 20);
    build.addArrived();
    expect(() => build.finish()).toThrow('the index has 10 of 20 records');
  });
});

describe('isWholeDataset', () => {
  it('knows the dataset’s own list and a filtered list that kept every record', () => {
    expect(isWholeDataset(synthetic.dataset.records, synthetic)).toBe(true);
    expect(isWholeDataset(filterRecords(synthetic, EMPTY_FILTER), synthetic)).toBe(true);
  });

  it('does not take a list for the dataset because it is as long', () => {
    const all = synthetic.dataset.records;
    expect(isWholeDataset([...all], synthetic)).toBe(false);
    expect(isWholeDataset([...all].reverse(), synthetic)).toBe(false);
    expect(isWholeDataset(filterRecords(synthetic, FILTERS[7]![1]), synthetic)).toBe(false);
    expect(isWholeDataset(filterRecords(synthetic, EMPTY_FILTER), fixture)).toBe(false);
  });
});
