import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src/data/selectors/filter';
import { filterChips } from '../../../src/features/filters/filter-chips';

describe('filter chips', () => {
  it('has none for the empty filter', () => {
    expect(filterChips(EMPTY_FILTER)).toEqual([]);
  });

  it('has one chip per active value, and removing one keeps the rest', () => {
    const filter = {
      ...EMPTY_FILTER,
      countries: ['KHM', 'UKR'],
      types: ['training' as const],
      yearFrom: 2023,
      text: ' alis ',
    };
    const chips = filterChips(filter);
    expect(chips.map((chip) => chip.key)).toEqual([
      'text',
      'countries:KHM',
      'countries:UKR',
      'types:training',
      'years',
    ]);
    expect(chips[1]!.without).toEqual({ ...filter, countries: ['UKR'] });
    expect(chips[4]!.without).toEqual({ ...filter, yearFrom: null, yearTo: null });
    expect(chips[0]!.without.text).toBe('');
  });

  it('has a chip per role and one for "with an amount", after the organisations', () => {
    const filter = { ...EMPTY_FILTER, organisations: ['jica'], roles: ['giving' as const], withAmount: true };
    const chips = filterChips(filter);
    expect(chips.map((chip) => chip.key)).toEqual(['organisations:jica', 'roles:giving', 'withAmount']);
    expect(chips[1]!.without).toEqual({ ...filter, roles: [] });
    expect(chips[2]!.without).toEqual({ ...filter, withAmount: false });
  });

  it("has a chip for a flow's records, which removes only that flow", () => {
    const filter = { ...EMPTY_FILTER, countries: ['KHM'], links: ['JPN-UKR'] };
    const chips = filterChips(filter);
    expect(chips.map((chip) => chip.key)).toEqual(['countries:KHM', 'links:JPN-UKR']);
    expect(chips[1]!.without).toEqual({ ...filter, links: [] });
  });
});
