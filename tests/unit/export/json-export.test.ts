import { describe, expect, it } from 'vitest';
import { datasetSchemaUrl, datasetSubset } from '../../../src/data/export/dataset-subset';
import type { Dataset } from '../../../src/data/schema/dataset';
import { validateDataset } from '../../../src/data/schema/validate';
import { EMPTY_FILTER, filterRecords, type RecordFilter } from '../../../src/data/selectors/filter';
import { buildModel, countriesOfRecord, organisationsOfRecord } from '../../../src/data/selectors/model';
import { datasetJson, exportFile, recordsDataset } from '../../../src/features/export/export-documents';
import { createTranslator } from '../../../src/i18n/translator';
import { sampleDataset } from '../../../mocks/datasets';
import { selectorFixture } from '../../fixtures/selector-fixture';

const translator = createTranslator('en');
const model = buildModel(sampleDataset as Dataset);
const date = new Date(2026, 10, 28, 9, 15);
const link = 'https://dashboard.example.org/?country=KHM';

const filters: [string, Partial<RecordFilter>][] = [
  ['no filter', {}],
  ['one country', { countries: ['KHM'] }],
  ['two countries and a type', { countries: ['KHM', 'UKR'], types: ['training'] }],
  ['an organisation and years', { organisations: ['jica'], yearFrom: 2022, yearTo: 2024 }],
  ['themes and confidence', { themes: ['risk-education', 'victim-assistance'], confidence: ['reported'] }],
  ['a search', { text: 'SESU' }],
  ['a filter nothing matches', { yearFrom: 1900, yearTo: 1901 }],
];

function exportFor(change: Partial<RecordFilter>) {
  const filter = { ...EMPTY_FILTER, ...change };
  const records = filterRecords(model, filter);
  return { records, dataset: recordsDataset({ model, records, filter, link, date }, translator) };
}

describe('the JSON export', () => {
  it.each(filters)('passes the dataset validator with %s', (_name, change) => {
    const { records, dataset } = exportFor(change);
    // Through text, as the file is read: nothing may depend on object identity.
    const result = validateDataset(JSON.parse(datasetJson(dataset)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(dataset.records.map((record) => record.id)).toEqual(records.map((record) => record.id));
  });

  it.each(filters)(
    'keeps only the countries, organisations and sources the records reference (%s)',
    (_n, change) => {
      const { records, dataset } = exportFor(change);
      const organisations = new Set(records.flatMap((record) => [...organisationsOfRecord(record)]));
      const countries = new Set(records.flatMap((record) => [...countriesOfRecord(model, record)]));
      for (const id of organisations) {
        const home = model.organisationsById.get(id)?.country;
        if (home) countries.add(home);
      }
      const sources = new Set(records.flatMap((record) => record.sources));
      expect(new Set(dataset.organisations.map((organisation) => organisation.id))).toEqual(organisations);
      expect(new Set(dataset.countries.map((country) => country.iso3))).toEqual(countries);
      expect(new Set(dataset.sources.map((source) => source.id))).toEqual(sources);
    },
  );

  it('is smaller than the dataset when filtered', () => {
    const { dataset } = exportFor({ countries: ['KHM', 'UKR'], types: ['training'] });
    expect(dataset.records.length).toBeGreaterThan(0);
    expect(dataset.records.length).toBeLessThan(model.dataset.records.length);
    expect(dataset.sources.length).toBeLessThan(model.dataset.sources.length);
    expect(dataset.organisations.length).toBeLessThan(model.dataset.organisations.length);
  });

  it('says in meta.notes that it is an export, of which filters, and when', () => {
    const { records, dataset } = exportFor({
      countries: ['KHM', 'UKR'],
      types: ['training'],
      yearFrom: 2023,
    });
    const notes = dataset.meta.notes ?? [];
    expect(notes.slice(0, -1)).toEqual(model.dataset.meta.notes);
    expect(notes.at(-1)).toBe(
      'This file is an export from the Mine Action Cooperation Dashboard, made on 2026-11-28: ' +
        `${records.length} records of ${model.dataset.records.length}, filtered by countries: Cambodia, Ukraine; ` +
        'kinds of record: Training exchange; years from 2023. View: https://dashboard.example.org/?country=KHM',
    );
    expect(dataset.meta.citation).toBe(model.dataset.meta.citation);
  });

  it('says "without filters" and counts one record in the singular', () => {
    const one = model.dataset.records.slice(0, 1);
    const dataset = recordsDataset({ model, records: one, filter: EMPTY_FILTER, link, date }, translator);
    expect(dataset.meta.notes?.at(-1)).toContain(
      `: 1 record of ${model.dataset.records.length}, without filters.`,
    );
  });

  it('points $schema at the shipped schema, never at a path relative to the server', () => {
    const { dataset } = exportFor({});
    expect(dataset.$schema).toBeUndefined();
    const schemaUrl = datasetSchemaUrl('https://dashboard.example.org/tools/index.html');
    expect(schemaUrl).toBe('https://dashboard.example.org/tools/api/v1/dataset.schema.json');
    const withSchema = recordsDataset(
      { model, records: model.dataset.records, filter: EMPTY_FILTER, link, date },
      translator,
      schemaUrl,
    );
    expect(withSchema.$schema).toBe(schemaUrl);
    expect(validateDataset(withSchema).ok).toBe(true);
  });

  it('names the file after the filter and the day, and types it', () => {
    const filter = { ...EMPTY_FILTER, countries: ['KHM', 'UKR'] };
    const input = { model, records: filterRecords(model, filter), filter, link, date };
    const json = exportFile('json', input, translator);
    expect(json).toMatchObject({ fileName: 'cooperation-KHM-UKR-2026-11-28.json', type: 'application/json' });
    expect(validateDataset(JSON.parse(json.text)).ok).toBe(true);
    const csv = exportFile('csv', input, translator);
    expect(csv).toMatchObject({ fileName: 'cooperation-KHM-UKR-2026-11-28.csv', type: 'text/csv' });
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(input.records.length + 1);
  });

  it('keeps the home country of an organisation whose record names no country of its own', () => {
    // In the fixture, international bodies have no country and the people of a record bring theirs.
    const fixture = buildModel(selectorFixture);
    for (const record of fixture.dataset.records) {
      const subset = datasetSubset(fixture.dataset, [record], { note: 'Export.' });
      const result = validateDataset(subset);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });
});
