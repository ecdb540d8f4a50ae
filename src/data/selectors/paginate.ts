/** One page of a list, with what a pager and a "Showing 1–25 of 109" line need. */
export interface PageSlice<T> {
  items: T[];
  /** The page shown, 1-based, after clamping. */
  page: number;
  /** At least 1, so an empty list still has a page to show. */
  pageCount: number;
  /** 1-based position of the first item shown; 0 when the list is empty. */
  first: number;
  /** 1-based position of the last item shown; 0 when the list is empty. */
  last: number;
  total: number;
}

/** The number of pages a list fills; an empty list has one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The requested page of `items`. A page past the end shows the last page (a filter change can
 * shrink the list under a shared link's page=7); below 1 or not a whole number shows the first.
 */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): PageSlice<T> {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`page size must be a positive integer, not ${pageSize}`);
  const total = items.length;
  const count = pageCount(total, pageSize);
  const wanted = Number.isFinite(page) ? Math.floor(page) : 1;
  const shown = Math.min(Math.max(wanted, 1), count);
  const start = (shown - 1) * pageSize;
  const slice = items.slice(start, start + pageSize);
  return {
    items: slice,
    page: shown,
    pageCount: count,
    first: slice.length === 0 ? 0 : start + 1,
    last: start + slice.length,
    total,
  };
}
