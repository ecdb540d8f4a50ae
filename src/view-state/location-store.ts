import { useSyncExternalStore } from 'react';

// The address bar is the store: components read the query string through this hook and change
// it with navigate(); back/forward (popstate) re-renders them the same way.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const readSearch = () => window.location.search;

/** The current query string ("?country=KHM"), kept in step with the address bar. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, readSearch, () => '');
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (for map moves, URL clean-ups). */
  replace?: boolean;
}

/** Moves to another query string on the same page. */
export function navigate(search: string, { replace = false }: NavigateOptions = {}): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const listener of listeners) listener();
}
