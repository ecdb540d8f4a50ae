import type { CooperationRecord } from '../schema/records';
import {
  CONFIDENCES,
  RECORD_TYPES,
  type Confidence,
  type RecordType,
  type Theme,
} from '../schema/vocabulary';
import { PARTY_ROLE_FILTERS, type PartyRoleFilter } from './party-role-filter';
import type { DatasetModel } from './model';
import { endYear, startYear } from './period';
import { recordIndex, registerIndexedList, themeBitsOf, type RecordIndex } from './record-index';
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
  /**
   * Roles (see party-role-filter.ts) that one of the chosen countries or organisations must play in
   * the record; with none chosen, any party.
   */
  roles: PartyRoleFilter[];
  /** Only records that give an amount of money. */
  withAmount: boolean;
  /**
   * Flows between countries as "FROM-TO" (JPN-UKR): a record matches if it links one of them by
   * the flow rule (flow-rule.ts), so the map's flows open exactly the records behind them.
   */
  links: string[];
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
  roles: [],
  withAmount: false,
  links: [],
};

/**
 * The dataset's records that pass the filter, in dataset order. The list is registered with the
 * record index (see record-index.ts), so the map's selectors can count it without looking records up.
 */
export function filterRecords(model: DatasetModel, filter: RecordFilter): CooperationRecord[] {
  const index = recordIndex(model);
  const tests = recordTests(model, index, filter);
  const { records } = model.dataset;
  const kept: CooperationRecord[] = [];
  const positions = new Int32Array(records.length);
  // Plain loops: this runs over every record at every filter change.
  for (let position = 0; position < records.length; position += 1) {
    let passes = true;
    for (let test = 0; passes && test < tests.length; test += 1) passes = tests[test]!(position);
    if (passes) {
      positions[kept.length] = position;
      kept.push(records[position]!);
    }
  }
  registerIndexedList(kept, { index, positions: positions.slice(0, kept.length) });
  return kept;
}

// A test of the record at a position in the dataset.
type RecordTest = (position: number) => boolean;

// Only the fields the reader set become tests, so an empty filter costs nothing per record
// and the expensive one (searchable text) runs only when asked for.
function recordTests(model: DatasetModel, index: RecordIndex, filter: RecordFilter): RecordTest[] {
  const tests: RecordTest[] = [];
  if (filter.types.length > 0) {
    const wanted = flags(
      RECORD_TYPES.length,
      filter.types.map((type) => RECORD_TYPES.indexOf(type)),
    );
    tests.push((position) => wanted[index.type[position]!] === 1);
  }
  if (filter.confidence.length > 0) {
    const wanted = flags(
      CONFIDENCES.length,
      filter.confidence.map((level) => CONFIDENCES.indexOf(level)),
    );
    tests.push((position) => wanted[index.confidence[position]!] === 1);
  }
  if (filter.themes.length > 0) {
    const wanted = themeBitsOf(filter.themes);
    tests.push((position) => (index.themeBits[position]! & wanted) !== 0);
  }
  if (filter.yearFrom !== null || filter.yearTo !== null) {
    const from = filter.yearFrom ?? -Infinity;
    const to = filter.yearTo ?? Infinity;
    // Without this, a record spanning both ends of an inverted range would still overlap it.
    tests.push(
      from > to
        ? () => false
        : (position) => index.startYear[position]! <= to && index.endYear[position]! >= from,
    );
  }
  if (filter.countries.length > 0) {
    const wanted = flags(
      index.countryCodes.length,
      filter.countries.map((iso3) => index.countryCodes.indexOf(iso3)),
    );
    tests.push((position) => anyFlagged(index.countryStart, index.countryList, position, wanted));
  }
  if (filter.organisations.length > 0) {
    const wanted = flags(
      index.organisationIds.length,
      filter.organisations.map((id) => index.organisationIds.indexOf(id)),
    );
    tests.push((position) => anyFlagged(index.organisationStart, index.organisationList, position, wanted));
  }
  if (filter.withAmount) tests.push((position) => index.hasAmount[position] === 1);
  if (filter.roles.length > 0) tests.push(roleTest(index, filter));
  if (filter.links.length > 0) {
    // The index numbers each linked pair once; flag the wanted ones by their number.
    const wanted = new Uint8Array(index.links.length);
    index.links.forEach(({ from, to }, id) => {
      if (filter.links.includes(`${from}-${to}`)) wanted[id] = 1;
    });
    tests.push((position) => anyFlagged(index.linkStart, index.linkList, position, wanted));
  }
  const words = searchWords(filter.text);
  if (words.length > 0) {
    const { records } = model.dataset;
    tests.push((position) => containsAllWords(searchableText(model, records[position]!), words));
  }
  return tests;
}

// A record passes when one of its parties plays a wanted role and, where the reader chose countries
// or organisations, that party is one of them (by its country, or by its organisation).
function roleTest(index: RecordIndex, filter: RecordFilter): RecordTest {
  let wantedRoles = 0;
  for (const role of filter.roles) wantedRoles |= PARTY_ROLE_FILTERS[role];
  const anyParty = filter.countries.length === 0 && filter.organisations.length === 0;
  const countries = flags(
    index.countryCodes.length,
    filter.countries.map((iso3) => index.countryCodes.indexOf(iso3)),
  );
  const organisations = flags(
    index.organisationIds.length,
    filter.organisations.map((id) => index.organisationIds.indexOf(id)),
  );
  const { partyStart, partyRoles, partyCountry, partyOrganisation } = index;
  return (position) => {
    for (let at = partyStart[position]!; at < partyStart[position + 1]!; at += 1) {
      if ((partyRoles[at]! & wantedRoles) === 0) continue;
      if (anyParty || countries[partyCountry[at]!] === 1 || organisations[partyOrganisation[at]!] === 1)
        return true;
    }
    return false;
  };
}

/** A 0/1 flag per id, set for the given ids (an id of -1, unknown to the index, sets nothing). */
function flags(size: number, ids: number[]): Uint8Array {
  const set = new Uint8Array(size);
  for (const id of ids) if (id >= 0) set[id] = 1;
  return set;
}

/** Whether any id in the record's flat list (see RecordIndex) is flagged. */
function anyFlagged(start: Int32Array, list: Int32Array, position: number, wanted: Uint8Array): boolean {
  for (let at = start[position]!; at < start[position + 1]!; at += 1)
    if (wanted[list[at]!] === 1) return true;
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
