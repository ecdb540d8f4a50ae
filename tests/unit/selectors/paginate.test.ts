import { describe, expect, it } from 'vitest';
import { pageCount, paginate } from '../../../src/data/selectors/paginate';

const items = Array.from({ length: 109 }, (_, index) => index + 1);

describe('paginate', () => {
  it('cuts the first page', () => {
    const page = paginate(items, 1, 25);
    expect(page.items).toEqual(items.slice(0, 25));
    expect(page).toMatchObject({ page: 1, pageCount: 5, first: 1, last: 25, total: 109 });
  });

  it('cuts a middle page and a short last page', () => {
    expect(paginate(items, 2, 25)).toMatchObject({ page: 2, first: 26, last: 50 });
    expect(paginate(items, 2, 25).items[0]).toBe(26);
    const last = paginate(items, 5, 25);
    expect(last.items).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 109]);
    expect(last).toMatchObject({ page: 5, first: 101, last: 109 });
  });

  it('shows the last page for a page past the end', () => {
    const page = paginate(items, 9, 25);
    expect(page.page).toBe(5);
    expect(page.items).toEqual(items.slice(100));
  });

  it('shows the first page for a page below 1 or not a number, and rounds a fraction down', () => {
    expect(paginate(items, 0, 25).page).toBe(1);
    expect(paginate(items, -3, 25).page).toBe(1);
    expect(paginate(items, Number.NaN, 25).page).toBe(1);
    expect(paginate(items, Number.POSITIVE_INFINITY, 25).page).toBe(1);
    expect(paginate(items, 2.7, 25).page).toBe(2);
  });

  it('has one empty page for an empty list', () => {
    expect(paginate([], 3, 25)).toEqual({ items: [], page: 1, pageCount: 1, first: 0, last: 0, total: 0 });
  });

  it('fills the last page exactly when the list is a multiple of the page size', () => {
    expect(paginate(items.slice(0, 50), 2, 25)).toMatchObject({ pageCount: 2, first: 26, last: 50 });
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(items, 1, 0)).toThrow(RangeError);
    expect(() => paginate(items, 1, 2.5)).toThrow(RangeError);
  });
});

describe('pageCount', () => {
  it('counts whole pages and gives an empty list one page', () => {
    expect(pageCount(109, 25)).toBe(5);
    expect(pageCount(100, 25)).toBe(4);
    expect(pageCount(0, 25)).toBe(1);
  });
});
