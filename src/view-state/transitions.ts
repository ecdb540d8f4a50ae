import type { RecordFilter } from '../data/selectors/filter';
import type { ViewState } from './view-state';

/**
 * A new filter starts the table at its first page, and drops a selected country the filter
 * no longer includes (its highlight would otherwise point at nothing).
 */
export function withFilter(state: ViewState, filter: RecordFilter): ViewState {
  const keepsSelection = state.selectedCountry !== null && filter.countries.includes(state.selectedCountry);
  return { ...state, filter, page: 1, selectedCountry: keepsSelection ? state.selectedCountry : null };
}

/** Selecting a country narrows everything to it; clearing the selection widens again. */
export function withSelectedCountry(state: ViewState, iso3: string | null): ViewState {
  return {
    ...state,
    selectedCountry: iso3,
    filter: { ...state.filter, countries: iso3 === null ? [] : [iso3] },
    page: 1,
  };
}
