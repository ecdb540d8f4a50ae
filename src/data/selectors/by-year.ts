import type { CooperationRecord } from '../schema/records';
import { startYear } from './period';

export interface YearTypeCount {
  year: number;
  partnership: number;
  training: number;
  event: number;
}

/** Records per year by type, counted in the year the record starts; every year between the first and last is present (zeros included). */
export function recordsPerYearByType(records: CooperationRecord[]): YearTypeCount[] {
  const byYear = new Map<number, YearTypeCount>();
  for (const record of records) {
    const year = startYear(record);
    let row = byYear.get(year);
    if (row === undefined) {
      row = { year, partnership: 0, training: 0, event: 0 };
      byYear.set(year, row);
    }
    row[record.type] += 1;
  }
  if (byYear.size === 0) return [];
  // A missing year would let a chart draw a line straight across a year with no records.
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: YearTypeCount[] = [];
  for (let year = first; year <= last; year += 1) {
    rows.push(byYear.get(year) ?? { year, partnership: 0, training: 0, event: 0 });
  }
  return rows;
}
