import { describe, expect, it } from 'vitest';
import { mapTableRows } from '../../../src/features/map/map-table';

const link = (from: string, to: string, count: number) => ({ from, to, count, recordIds: [] });

describe('the map as a table', () => {
  it('keeps the country list order and sums the links each country gives and receives', () => {
    const rows = mapTableRows(
      [
        { iso3: 'KHM', count: 12 },
        { iso3: 'UKR', count: 7 },
        { iso3: 'JPN', count: 5 },
        { iso3: 'THA', count: 1 },
      ],
      [link('JPN', 'UKR', 4), link('KHM', 'UKR', 3), link('JPN', 'KHM', 2)],
    );
    expect(rows).toEqual([
      { iso3: 'KHM', records: 12, linksOut: 3, linksIn: 2 },
      { iso3: 'UKR', records: 7, linksOut: 0, linksIn: 7 },
      { iso3: 'JPN', records: 5, linksOut: 6, linksIn: 0 },
      // Involved without a flow: a row of its own with no links.
      { iso3: 'THA', records: 1, linksOut: 0, linksIn: 0 },
    ]);
  });

  it('has no rows when no country is involved', () => {
    expect(mapTableRows([], [])).toEqual([]);
  });
});
