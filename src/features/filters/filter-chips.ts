import type { RecordFilter } from '../../data/selectors/filter';

/** One active filter value, as a chip the reader can remove. */
export interface FilterChip {
  /** Stable React key, e.g. "countries:KHM". */
  key: string;
  field:
    | 'countries'
    | 'organisations'
    | 'roles'
    | 'withAmount'
    | 'links'
    | 'types'
    | 'themes'
    | 'years'
    | 'confidence'
    | 'text';
  value: string;
  /** The filter without this value. */
  without: RecordFilter;
}

/** Every active value of a filter, in the order the filter panel shows its fields. */
export function filterChips(filter: RecordFilter): FilterChip[] {
  const chips: FilterChip[] = [];
  const listChips = <
    F extends 'countries' | 'organisations' | 'roles' | 'links' | 'types' | 'themes' | 'confidence',
  >(
    field: F,
  ) => {
    const values = filter[field] as string[];
    for (const value of values) {
      chips.push({
        key: `${field}:${value}`,
        field,
        value,
        without: { ...filter, [field]: values.filter((other) => other !== value) },
      });
    }
  };
  if (filter.text.trim() !== '') {
    chips.push({ key: 'text', field: 'text', value: filter.text.trim(), without: { ...filter, text: '' } });
  }
  listChips('countries');
  listChips('organisations');
  listChips('roles');
  listChips('links');
  if (filter.withAmount) {
    chips.push({
      key: 'withAmount',
      field: 'withAmount',
      value: '1',
      without: { ...filter, withAmount: false },
    });
  }
  listChips('types');
  listChips('themes');
  if (filter.yearFrom !== null || filter.yearTo !== null) {
    chips.push({
      key: 'years',
      field: 'years',
      value: `${filter.yearFrom ?? ''}–${filter.yearTo ?? ''}`,
      without: { ...filter, yearFrom: null, yearTo: null },
    });
  }
  listChips('confidence');
  return chips;
}
