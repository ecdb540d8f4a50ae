import { useCallback, useMemo } from 'react';
import { navigate, useLocationSearch, type NavigateOptions } from './location-store';
import { parseViewState, serializeViewState } from './url-codec';
import type { ViewState } from './view-state';

export type ViewStateUpdate = (current: ViewState) => ViewState;

/** The explore view's state, read from the URL, and the one way to change it. */
export function useViewState(): {
  state: ViewState;
  update: (change: ViewStateUpdate, options?: NavigateOptions) => void;
} {
  const search = useLocationSearch();
  const { state } = useMemo(() => parseViewState(search), [search]);
  const update = useCallback((change: ViewStateUpdate, options?: NavigateOptions) => {
    // Read the address bar afresh: two updates in one event must not overwrite each other.
    const current = parseViewState(window.location.search).state;
    navigate(serializeViewState(change(current)), options);
  }, []);
  return { state, update };
}
