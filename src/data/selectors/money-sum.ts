import type { Partnership } from '../schema/records';

/** A part of an amount counted for someone: a range (equal ends unless disputed) and what kind of figure it is. */
export interface MoneyPart {
  min: number;
  max: number;
  /** 'at-least' for a lower bound, 'about' for a rounded figure; none when exact. */
  qualifier?: 'at-least' | 'about';
}

/** A span of partial dates (ISO "2024", "2024-05", "2024-05-03"), from the earliest start to the latest end. */
export interface DateSpan {
  start: string;
  end: string;
}

/** A total of money in one currency that says what it is: a lower bound, rounded, disputed, over which period. */
export interface MoneySum {
  /** ISO 4217; amounts in different currencies are never added together. */
  currency: string;
  /** The sum of the lowest and of the highest values the sources give; equal unless an amount is disputed. */
  min: number;
  max: number;
  disputed: boolean;
  /** Some amount summed is a lower bound ("more than ..."), so the total is one too. */
  atLeast: boolean;
  /** Some amount summed is a rounded figure. */
  about: boolean;
  /**
   * The coarsest rounding of the qualified figures summed (1 when every figure is exact): a total is
   * no more precise than its roughest source, so it is written to that unit.
   */
  unit: number;
  /** Amounts that are the mine-action share of a larger activity. */
  shares: number;
  /** Earliest start to latest end of the records summed; null for an empty sum. */
  period: DateSpan | null;
  /** Records with a part in this sum. */
  records: number;
}

export function emptyMoney(currency: string): MoneySum {
  return {
    currency,
    min: 0,
    max: 0,
    disputed: false,
    atLeast: false,
    about: false,
    unit: 1,
    shares: 0,
    period: null,
    records: 0,
  };
}

/** Adds one record's part to a sum (in place, for tallies), keeping the qualifiers, the rounding and the period. */
export function addMoney(sum: MoneySum, part: MoneyPart, record: Partnership): void {
  sum.min += part.min;
  sum.max += part.max;
  sum.disputed ||= part.min !== part.max;
  sum.atLeast ||= part.qualifier === 'at-least';
  sum.about ||= part.qualifier === 'about';
  if (part.qualifier !== undefined) sum.unit = Math.max(sum.unit, roundingUnit(part.min));
  if (record.amount?.share !== undefined) sum.shares += 1;
  sum.period = widenSpan(sum.period, record.period.start, record.period.end ?? record.period.start);
  sum.records += 1;
}

/** The largest power of ten a figure is a multiple of ("78,500,000" -> 100,000): how far its source rounded it. */
export function roundingUnit(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let unit = 1;
  // "About 700 million" keeps one significant digit: its source rounded it to the hundred million.
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
}

function widenSpan(span: DateSpan | null, start: string, end: string): DateSpan {
  if (span === null) return { start, end };
  return {
    start: startKey(start) < startKey(span.start) ? start : span.start,
    end: endKey(end) > endKey(span.end) ? end : span.end,
  };
}

// Partial dates compare as the first day they may mean (start) or the last (end): "2024" ends after "2024-05".
function startKey(date: string): string {
  return (date + '-00-00').slice(0, 10);
}

function endKey(date: string): string {
  return (date + '-99-99').slice(0, 10);
}
