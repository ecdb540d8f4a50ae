import { earliestDay } from '../schema/partial-date';
import type { CooperationRecord, Party } from '../schema/records';
import { figureRange } from './figures';
import { RECORD_TYPES, ROLES, type Confidence } from '../schema/vocabulary';

export type SortDirection = 'asc' | 'desc';
export type RecordSortField = 'date' | 'title' | 'type' | 'place' | 'confidence' | 'amount' | 'roles';

/** How the record table is ordered; the URL's TableSort has the same shape. */
export interface RecordSort {
  field: RecordSortField;
  direction: SortDirection;
}

// Ascending confidence reads from least to most certain. An unverified record may not have
// happened at all; a disputed one happened, but its sources disagree on a detail.
const CERTAINTY: Record<Confidence, number> = { unverified: 0, disputed: 1, reported: 2, confirmed: 3 };

/**
 * What the Roles column shows of a record, so that it sorts by what the reader sees: the parties
 * listed (those of the chosen countries and organisations) and the short name each is listed under.
 */
export interface RolesView {
  parties: (record: CooperationRecord) => readonly Party[];
  name: (party: Party) => string;
}

// An amount sorts as [currency, value]: sums in different currencies are never compared as numbers.
type AmountKey = readonly [currency: string, value: number];
// Roles sort as [rank of the leading role, name of the party in it].
type RolesKey = readonly [rank: number, name: string];
type SortKey = string | number | AmountKey | RolesKey | null;

// null means "no value" (a record without a place): such rows go last whichever the direction,
// so reversing the order never puts a block of blanks on top.
const KEYS: Record<Exclude<RecordSortField, 'roles'>, (record: CooperationRecord) => SortKey> = {
  // A partial date sorts by the first day it can mean: "2024" before "2024-01-05".
  date: (record) => earliestDay(record.period.start),
  title: (record) => record.title,
  // Types in vocabulary order, like roles: the order then reads the same in every language.
  type: (record) => RECORD_TYPES.indexOf(record.type),
  place: (record) => record.place?.name ?? null,
  confidence: (record) => CERTAINTY[record.confidence],
  // A disputed amount by the lowest value its sources give, as the table shows it first.
  amount: (record) =>
    record.type === 'partnership' && record.amount !== undefined
      ? [record.amount.currency, figureRange(record.amount.value).min]
      : null,
};

// Fields whose keys are text people read, compared by the reader's alphabet; the rest are
// ISO dates and ranks, compared as they are.
const TEXT_FIELDS: ReadonlySet<RecordSortField> = new Set(['title', 'place']);

// Without a view of the cell, every party of the record and its id stand for what is shown.
const ALL_PARTIES: RolesView = {
  parties: (record) => record.parties,
  name: (party) => party.organisation ?? party.country ?? '',
};

/**
 * A record's place in the Roles order: its leading role is the first, in vocabulary order (donor,
 * implementer, recipient, trainer, trainee, host, coordinator, organiser, participant, signatory),
 * of the roles its cell lists; records with the same leading role follow the name of the first
 * party in it. Vocabulary order, not the words, so the order reads the same in every language, and
 * the givers come before the receivers as on the map.
 */
function rolesKey(view: RolesView): (record: CooperationRecord) => RolesKey | null {
  return (record) => {
    let lead: Party | undefined;
    for (const party of view.parties(record)) {
      if (lead === undefined || ROLES.indexOf(party.role) < ROLES.indexOf(lead.role)) lead = party;
    }
    return lead === undefined ? null : [ROLES.indexOf(lead.role), view.name(lead)];
  };
}

/**
 * The records in table order, as a new array. Stable: records that tie keep their input order in
 * both directions. Titles and places are compared with Intl.Collator for `locale` (accents and case
 * do not split "Hà Nội" from "Ha Noi"; "Course 2" comes before "Course 10"); records without a
 * place come last in both directions. Amounts are grouped by currency, always A–Z by its code
 * (EUR before USD), and ordered by value within a currency in the chosen direction; records
 * without an amount come last. Roles follow the leading role of each record (see rolesKey), by
 * the parties and names `roles` says the cell shows; descending reverses roles and names alike.
 */
export function sortRecords(
  records: readonly CooperationRecord[],
  sort: RecordSort,
  locale: string,
  roles: RolesView = ALL_PARTIES,
): CooperationRecord[] {
  const keyOf = sort.field === 'roles' ? rolesKey(roles) : KEYS[sort.field];
  // Each key is computed once, not once per comparison: this runs over every filtered record.
  const keys = records.map(keyOf);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compareValues = TEXT_FIELDS.has(sort.field)
    ? textComparer(locale)
    : sort.field === 'amount'
      ? amountComparer(sign)
      : sort.field === 'roles'
        ? rolesComparer(locale)
        : compareRaw;
  const order = records.map((_, index) => index);
  order.sort((a, b) => {
    const keyA = keys[a] ?? null;
    const keyB = keys[b] ?? null;
    if (keyA === null || keyB === null) {
      const missing = Number(keyA === null) - Number(keyB === null);
      return missing !== 0 ? missing : a - b;
    }
    return sign * compareValues(keyA, keyB) || a - b;
  });
  return order.map((index) => records[index] as CooperationRecord);
}

type Value = NonNullable<SortKey>;

function textComparer(locale: string): (a: Value, b: Value) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(String(a), String(b));
}

function compareRaw(a: Value, b: Value): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

// The result is multiplied by `sign` again in sortRecords: undoing it for the currency keeps the
// currencies A–Z in both directions, so only the values turn round.
function amountComparer(sign: number): (a: Value, b: Value) => number {
  return (a, b) => {
    const [currencyA, valueA] = a as AmountKey;
    const [currencyB, valueB] = b as AmountKey;
    return sign * compareRaw(currencyA, currencyB) || compareRaw(valueA, valueB);
  };
}

function rolesComparer(locale: string): (a: Value, b: Value) => number {
  const names = textComparer(locale);
  return (a, b) => {
    const [rankA, nameA] = a as RolesKey;
    const [rankB, nameB] = b as RolesKey;
    return rankA - rankB || names(nameA, nameB);
  };
}

/** The sort after a click on a column header: the same column flips its direction, another column starts ascending. */
export function toggleSort(current: RecordSort, field: RecordSortField): RecordSort {
  if (current.field === field) return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { field, direction: 'asc' };
}
