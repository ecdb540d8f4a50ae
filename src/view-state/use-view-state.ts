import { useCallback, useMemo } from 'react';
import { navigate, useLocationSearch, type NavigateOptions } from './location-store';
import { parseViewState, serializeViewState } from './url-codec';
import type { RecordFilter } from '../data/selectors/filter';
import type { ViewState } from './view-state';

export type ViewStateUpdate = (current: ViewState) => ViewState;

/** The explore view's state, read from the URL, and the one way to change it. */
export function useViewState(): {
  state: ViewState;
  update: (change: ViewStateUpdate, options?: NavigateOptions) => void;
} {
  const search = useLocationSearch();
  const state = useMemo(() => withStableFilter(parseViewState(search).state), [search]);
  const update = useCallback((change: ViewStateUpdate, options?: NavigateOptions) => {
    // Read the address bar afresh: two updates in one event must not overwrite each other.
    const current = parseViewState(window.location.search).state;
    navigate(serializeViewState(change(current)), options);
  }, []);
  return { state, update };
}

// Paging, sorting or opening a record changes the URL but not the filter. Handing back the same
// filter object then lets everything memoised on it (filtering, aggregation) skip the work.
let lastFilter: { key: string; filter: RecordFilter } | null = null;

function withStableFilter(state: ViewState): ViewState {
  const key = JSON.stringify(state.filter);
  if (lastFilter?.key === key) return { ...state, filter: lastFilter.filter };
  lastFilter = { key, filter: state.filter };
  return state;
}
