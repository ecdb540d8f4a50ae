import { useMemo, useSyncExternalStore } from 'react';

// Colours that Leaflet and Recharts take as values (SVG attributes set from script) rather than
// from a style sheet. They live as CSS custom properties in styles.css, so the one palette serves
// both; this reads them resolved for the scheme in force.

/** The theme's colours for drawing from script, as computed CSS colours. */
export interface ThemeColours {
  text: string;
  muted: string;
  background: string;
  grid: string;
  flow: string;
  flowStrong: string;
  flowDimmed: string;
  mapSelected: string;
  mapLand: string;
  mapEdge: string;
}

const VARIABLES: Record<keyof ThemeColours, string> = {
  text: '--color-text',
  muted: '--color-muted',
  background: '--color-bg',
  grid: '--color-border',
  flow: '--color-flow',
  flowStrong: '--color-flow-strong',
  flowDimmed: '--color-flow-dimmed',
  mapSelected: '--color-map-selected',
  mapLand: '--color-map-land',
  mapEdge: '--color-border-strong',
};

/** The light palette, for environments that resolve no CSS (jsdom, a missing style sheet). */
export const LIGHT_COLOURS: ThemeColours = {
  text: '#1f2328',
  muted: '#57606a',
  background: '#ffffff',
  grid: '#d0d7de',
  flow: '#c2410c',
  flowStrong: '#7c2d12',
  flowDimmed: '#6b7280',
  mapSelected: '#111111',
  mapLand: '#e3e3e0',
  mapEdge: '#6e7781',
};

const DARK_QUERY = '(prefers-color-scheme: dark)';

const darkMedia = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;

/** Whether the page is drawn dark: pinned by data-scheme on <html> (embeds), else the system's choice. */
export function isDarkScheme(): boolean {
  const pinned = document.documentElement.dataset.scheme;
  if (pinned === 'dark') return true;
  if (pinned === 'light') return false;
  return darkMedia()?.matches ?? false;
}

function subscribe(listener: () => void): () => void {
  const list = darkMedia();
  list?.addEventListener('change', listener);
  // Embeds pin their scheme in an effect after the first render: watch for it.
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-scheme'] });
  return () => {
    list?.removeEventListener('change', listener);
    observer.disconnect();
  };
}

/**
 * Each variable resolved by the browser: a probe element takes it as its colour, and its computed
 * colour is the value for the scheme in force (light-dark() included). Setting a style property
 * from script is not inline markup, so the CSP allows it.
 */
export function readThemeColours(): ThemeColours {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  try {
    const colours = { ...LIGHT_COLOURS };
    for (const [name, variable] of Object.entries(VARIABLES) as [keyof ThemeColours, string][]) {
      probe.style.color = `var(${variable})`;
      const value = getComputedStyle(probe).color;
      if (/^(rgb|color|oklch|lab|#)/.test(value)) colours[name] = value;
    }
    return colours;
  } finally {
    probe.remove();
  }
}

/** Whether the page is drawn dark now; re-renders when the reader's scheme (or an embed's pin) changes. */
export function useDarkScheme(): boolean {
  return useSyncExternalStore(subscribe, isDarkScheme, () => false);
}

/** The theme's colours for script-drawn graphics; they change when the reader's scheme does. */
export function useThemeColours(): ThemeColours {
  const dark = useDarkScheme();
  // The scheme is the dependency: the colours are read again when it flips.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- dark is what changes the computed values
  return useMemo(() => readThemeColours(), [dark]);
}
