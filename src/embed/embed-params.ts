import { PARAMS, parseViewState, type ParsedViewState } from '../view-state/url-codec';
import { readCardFocus, type CardFocus } from './card-focus';
import { cleanTitle } from '../components/embed-title';
import type { UrlNotice } from '../view-state/view-state';

export const EMBED_KINDS = ['map', 'chart', 'country', 'pair'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof THEMES)[number];

/** "compact": the map, its legend and a toggle for the lists; "full": the explore view's map with its lists. */
export const MAP_LAYOUTS = ['compact', 'full'] as const;
export type MapLayout = (typeof MAP_LAYOUTS)[number];

/** What the host page asked for in the iframe's URL, beyond the view itself. */
export interface EmbedOptions {
  kind: EmbedKind;
  /** Which chart, for kind "chart". */
  chart: string | null;
  theme: EmbedTheme;
  /** A static map does not pan or zoom: for hosts that want a picture, not a tool. */
  interactive: boolean;
  /** Names this embed in its resize messages, so one page can hold several. */
  embedId: string;
  /** The map's layout; the compact one keeps the frame short on a partner's page. */
  layout: MapLayout;
  /** The host's own heading for the embed (plain text, shown as text), or null for none. */
  title: string | null;
}

export const EMBED_PARAMS = {
  kind: 'embed',
  chart: 'chart',
  // "theme" already names the themes filter (clearance, survey...), so colours go by "scheme".
  scheme: 'scheme',
  interactive: 'interactive',
  id: 'id',
  layout: 'layout',
  title: 'title',
} as const;

const DEFAULT_OPTIONS: EmbedOptions = {
  kind: 'map',
  chart: null,
  theme: 'light',
  interactive: true,
  embedId: 'embed',
  layout: 'compact',
  title: null,
};

export interface ParsedEmbed {
  options: EmbedOptions;
  view: ParsedViewState['state'];
  /** For a country or pair card: its countries (also set as the view's route), or why it has none. */
  card: CardFocus | null;
  notices: UrlNotice[];
}

/** Reads an embed URL: the embed's own options, and the view (filters, countries) it shows. Invalid options fall back to defaults. */
export function parseEmbed(search: string): ParsedEmbed {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const pick = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const raw = params.get(param);
    if (raw === null || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    notices.push({ param, value: raw, reason: 'malformed' });
    return fallback;
  };
  const kind = pick(EMBED_PARAMS.kind, EMBED_KINDS, DEFAULT_OPTIONS.kind);
  const theme = pick(EMBED_PARAMS.scheme, THEMES, DEFAULT_OPTIONS.theme);
  const interactive = pick(EMBED_PARAMS.interactive, ['1', '0'] as const, '1') === '1';
  const rawChart = params.get(EMBED_PARAMS.chart);
  const chart = rawChart !== null && /^[a-z0-9-]{1,40}$/.test(rawChart) ? rawChart : null;
  if (rawChart !== null && chart === null)
    notices.push({ param: EMBED_PARAMS.chart, value: rawChart, reason: 'malformed' });
  const rawId = params.get(EMBED_PARAMS.id);
  const embedId = rawId !== null && /^[A-Za-z0-9_-]{1,64}$/.test(rawId) ? rawId : DEFAULT_OPTIONS.embedId;
  const layout = pick(EMBED_PARAMS.layout, MAP_LAYOUTS, DEFAULT_OPTIONS.layout);
  // Too long is cut, not refused: the host still gets its heading.
  const title = cleanTitle(params.get(EMBED_PARAMS.title) ?? '');

  const parsed = parseViewState(search);
  // A card takes its countries from "c" alone (no "view=" needed); its route is what the footer links to.
  const card = kind === 'country' || kind === 'pair' ? readCardFocus(kind, params.get(PARAMS.focus)) : null;
  const view =
    card === null
      ? parsed.state
      : { ...parsed.state, route: 'route' in card ? card.route : ({ name: 'explore' } as const) };
  return {
    options: { kind, chart, theme, interactive, embedId, layout, title },
    view,
    card,
    notices: [...notices, ...parsed.notices],
  };
}
