import { earliestDay } from '../schema/partial-date';
import type { CooperationRecord } from '../schema/records';
import { figureRange } from './figures';
import { RECORD_TYPES, type Confidence } from '../schema/vocabulary';

export type SortDirection = 'asc' | 'desc';
export type RecordSortField = 'date' | 'title' | 'type' | 'place' | 'confidence' | 'amount';

/** How the record table is ordered; the URL's TableSort has the same shape. */
export interface RecordSort {
  field: RecordSortField;
  direction: SortDirection;
}

// Ascending confidence reads from least to most certain. An unverified record may not have
// happened at all; a disputed one happened, but its sources disagree on a detail.
const CERTAINTY: Record<Confidence, number> = { unverified: 0, disputed: 1, reported: 2, confirmed: 3 };

// An amount sorts as [currency, value]: sums in different currencies are never compared as numbers.
type AmountKey = readonly [currency: string, value: number];
type SortKey = string | number | AmountKey | null;

// null means "no value" (a record without a place): such rows go last whichever the direction,
// so reversing the order never puts a block of blanks on top.
const KEYS: Record<RecordSortField, (record: CooperationRecord) => SortKey> = {
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

/**
 * The records in table order, as a new array. Stable: records that tie keep their input order in
 * both directions. Titles and places are compared with Intl.Collator for `locale` (accents and case
 * do not split "Hà Nội" from "Ha Noi"; "Course 2" comes before "Course 10"); records without a
 * place come last in both directions. Amounts are grouped by currency, always A–Z by its code
 * (EUR before USD), and ordered by value within a currency in the chosen direction; records
 * without an amount come last.
 */
export function sortRecords(
  records: readonly CooperationRecord[],
  sort: RecordSort,
  locale: string,
): CooperationRecord[] {
  const keyOf = KEYS[sort.field];
  // Each key is computed once, not once per comparison: this runs over every filtered record.
  const keys = records.map(keyOf);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compareValues = TEXT_FIELDS.has(sort.field)
    ? textComparer(locale)
    : sort.field === 'amount'
      ? amountComparer(sign)
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

/** The sort after a click on a column header: the same column flips its direction, another column starts ascending. */
export function toggleSort(current: RecordSort, field: RecordSortField): RecordSort {
  if (current.field === field) return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { field, direction: 'asc' };
}
