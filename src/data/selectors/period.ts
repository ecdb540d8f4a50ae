import { yearOf } from '../schema/partial-date';
import type { CooperationRecord } from '../schema/records';

/** The year a record starts, in which per-year charts count it. */
export function startYear(record: CooperationRecord): number {
  return yearOf(record.period.start);
}

/** The last year a record covers; a period without an end is read as a single date at its start. */
export function endYear(record: CooperationRecord): number {
  return yearOf(record.period.end ?? record.period.start);
}
