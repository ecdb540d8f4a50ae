import type { RecordFilter } from '../data/selectors/filter';
import type { ViewState } from './view-state';

/**
 * A new filter starts the table at its first page, and drops a selected country the filter
 * no longer includes (its highlight would otherwise point at nothing). It drops the map's
 * position too, so the map fits what the filter leaves (a kept position could show none of it).
 */
export function withFilter(state: ViewState, filter: RecordFilter): ViewState {
  const keepsSelection =
    state.selectedCountry !== null &&
    (filter.countries.length === 0 || filter.countries.includes(state.selectedCountry));
  return {
    ...state,
    filter,
    page: 1,
    selectedCountry: keepsSelection ? state.selectedCountry : null,
    map: null,
  };
}

/**
 * Selecting a country (on the map or in its list: one gesture, one meaning) highlights it and its
 * flows and opens its summary; it leaves the filters alone. The summary offers its records, which
 * is where a country becomes a filter (withRecordsOf). The map refits to keep it on screen.
 */
export function withSelectedCountry(state: ViewState, iso3: string | null): ViewState {
  return { ...state, selectedCountry: iso3, map: null };
}

/** Opens the Records tab on the records a filter keeps: a country's or a flow's, from the map. */
export function withRecordsOf(state: ViewState, filter: RecordFilter): ViewState {
  return { ...withFilter(state, filter), tab: 'table' };
}
