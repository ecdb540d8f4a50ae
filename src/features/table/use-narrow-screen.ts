import { useSyncExternalStore } from 'react';

/**
 * Below this width the records show as cards: nine columns in 40rem leave a word per line, and a
 * table that scrolls sideways hides all but the date and title. table.css uses the same width.
 */
const NARROW = '(max-width: 40rem)';

// jsdom and old embedded browsers have no matchMedia: they get the table, which works everywhere.
const media = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null;

function subscribe(listener: () => void): () => void {
  const list = media();
  list?.addEventListener('change', listener);
  return () => list?.removeEventListener('change', listener);
}

/** Whether the screen is narrow enough for record cards; follows a rotated phone or a resized window. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
