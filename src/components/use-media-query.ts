import { useCallback, useSyncExternalStore } from 'react';

// Some environments (old embedded browsers, jsdom) have no matchMedia: no query matches there.
const media = (query: string): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;

/** Whether a CSS media query matches now; follows changes (a rotated phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const list = media(query);
      list?.addEventListener('change', listener);
      return () => list?.removeEventListener('change', listener);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => media(query)?.matches ?? false,
    () => false,
  );
}

/**
 * Below this width the explore view stacks its filters above the panels; there the filters move
 * into a drawer. styles.css uses the same width (max-width: 900px) for the stacked layout.
 */
export const NARROW_SCREEN = '(max-width: 900px)';
