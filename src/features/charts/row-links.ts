import type { RecordFilter } from '../../data/selectors/filter';
import type { OpenRecords } from './cards/card-props';
import type { SeriesRow } from './series';

/** Where a row's records open: a link for the table, an action for a click on its bar. */
export interface RowLink {
  href: string;
  open: () => void;
  /** How many records the bar counts (and the link opens). */
  count: number;
}

/**
 * Each row's link to its records, or undefined when the chart offers none here (no view to open
 * them in, or the filters cannot select exactly a bar's records).
 */
export function rowLinks(
  openRecords: OpenRecords | undefined,
  filterOf: (base: RecordFilter, row: SeriesRow) => RecordFilter | null,
  countOf: (row: SeriesRow) => number,
): ((row: SeriesRow) => RowLink | null) | undefined {
  if (openRecords === undefined) return undefined;
  return (row) => {
    const filter = filterOf(openRecords.filter, row);
    if (filter === null) return null;
    return { href: openRecords.href(filter), open: () => openRecords.open(filter), count: countOf(row) };
  };
}
