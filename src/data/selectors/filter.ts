import type { CooperationRecord } from '../schema/records';
import type { Confidence, RecordType, Theme } from '../schema/vocabulary';
import { countriesOfRecord, organisationsOfRecord, type DatasetModel } from './model';
import { endYear, startYear } from './period';
import { containsAllWords, searchableText, searchWords } from './text-search';

/** What the reader narrowed the records to. Fields combine with AND; values within a field with OR. */
export interface RecordFilter {
  /** ISO3 codes; a record matches if it involves any of them. */
  countries: string[];
  /** Organisation ids; a record matches if it involves any of them. */
  organisations: string[];
  types: RecordType[];
  themes: Theme[];
  /** Inclusive; a record matches if its period overlaps [yearFrom, yearTo]. A range that ends before it starts matches nothing. */
  yearFrom: number | null;
  yearTo: number | null;
  confidence: Confidence[];
  /** Free text; every word must occur, ignoring case and accents. */
  text: string;
}

/** The filter that keeps every record. */
export const EMPTY_FILTER: RecordFilter = {
  countries: [],
  organisations: [],
  types: [],
  themes: [],
  yearFrom: null,
  yearTo: null,
  confidence: [],
  text: '',
};

type RecordTest = (record: CooperationRecord) => boolean;

/** The dataset's records that pass the filter, in dataset order. */
export function filterRecords(model: DatasetModel, filter: RecordFilter): CooperationRecord[] {
  const tests = recordTests(model, filter);
  return model.dataset.records.filter((record) => tests.every((test) => test(record)));
}

// Only the fields the reader set become tests, so an empty filter costs nothing per record
// and the expensive ones (involved countries, searchable text) run only when asked for.
function recordTests(model: DatasetModel, filter: RecordFilter): RecordTest[] {
  const tests: RecordTest[] = [];
  if (filter.types.length > 0) {
    const types = new Set(filter.types);
    tests.push((record) => types.has(record.type));
  }
  if (filter.confidence.length > 0) {
    const confidence = new Set(filter.confidence);
    tests.push((record) => confidence.has(record.confidence));
  }
  if (filter.themes.length > 0) {
    const themes = new Set(filter.themes);
    tests.push((record) => record.themes.some((theme) => themes.has(theme)));
  }
  if (filter.yearFrom !== null || filter.yearTo !== null) {
    const from = filter.yearFrom ?? -Infinity;
    const to = filter.yearTo ?? Infinity;
    // Without this, a record spanning both ends of an inverted range would still overlap it.
    tests.push(from > to ? () => false : (record) => startYear(record) <= to && endYear(record) >= from);
  }
  if (filter.countries.length > 0) {
    const countries = new Set(filter.countries);
    tests.push((record) => intersects(countriesOfRecord(model, record), countries));
  }
  if (filter.organisations.length > 0) {
    const organisations = new Set(filter.organisations);
    tests.push((record) => intersects(organisationsOfRecord(record), organisations));
  }
  const words = searchWords(filter.text);
  if (words.length > 0) {
    tests.push((record) => containsAllWords(searchableText(model, record), words));
  }
  return tests;
}

function intersects(values: Set<string>, wanted: Set<string>): boolean {
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

/** The first and last year the records cover (period start to end), for the bounds of a year slider; null when there are none. */
export function yearBounds(records: CooperationRecord[]): { min: number; max: number } | null {
  if (records.length === 0) return null;
  // A loop, not Math.min(...years): spreading 100k arguments can overflow the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const record of records) {
    min = Math.min(min, startYear(record));
    max = Math.max(max, endYear(record));
  }
  return { min, max };
}
