import type { RecordFilter } from '../data/selectors/filter';
import type { ViewState } from './view-state';

/**
 * A new filter starts the table at its first page, and drops a selected country the filter
 * no longer includes (its highlight would otherwise point at nothing). It drops the map's
 * position too, so the map fits what the filter leaves (a kept position could show none of it).
 */
export function withFilter(state: ViewState, filter: RecordFilter): ViewState {
  const keepsSelection = state.selectedCountry !== null && filter.countries.includes(state.selectedCountry);
  return {
    ...state,
    filter,
    page: 1,
    selectedCountry: keepsSelection ? state.selectedCountry : null,
    map: null,
  };
}

/** Selecting a country narrows everything to it; clearing the selection widens again. The map refits (see withFilter). */
export function withSelectedCountry(state: ViewState, iso3: string | null): ViewState {
  return {
    ...state,
    selectedCountry: iso3,
    filter: { ...state.filter, countries: iso3 === null ? [] : [iso3] },
    page: 1,
    map: null,
  };
}
