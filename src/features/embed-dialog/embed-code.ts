import { cleanTitle } from '../../components/embed-title';

/** A size for the iframe; "responsive" fills the host's column and lets the resizer set the height. */
export const EMBED_SIZES = {
  responsive: { width: '100%', height: 640 },
  small: { width: '400', height: 560 },
  medium: { width: '640', height: 640 },
  large: { width: '960', height: 720 },
} as const;
export type EmbedSize = keyof typeof EMBED_SIZES;

export interface EmbedCodeOptions {
  /** Absolute URL of the embed page with its query (view, filters, embed options). */
  src: string;
  /** Absolute URL of the optional resizer script. */
  resizerSrc: string;
  /** What the frame shows, read out by screen readers. */
  title: string;
  size: EmbedSize;
}

/**
 * The HTML a partner pastes into their page. Attribute values are escaped, so a title taken
 * from data cannot break out of its attribute in the host's page.
 */
export function embedCode({ src, resizerSrc, title, size }: EmbedCodeOptions): string {
  const { width, height } = EMBED_SIZES[size];
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" ` +
    `width="${width}" height="${height}" style="border:0;max-width:100%"></iframe>`;
  return `${iframe}\n<script src="${escapeAttribute(resizerSrc)}" async></script>`;
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The embed page's URL for a view query and the embed's own options. */
export function embedUrl(
  base: string,
  viewSearch: string,
  options: {
    kind: string;
    chart?: string;
    /** The countries of a card (its "c"); a card needs no "view=". */
    countries?: readonly string[];
    scheme: string;
    interactive: boolean;
    /** "full" keeps the map's lists on show; the compact map is the default and is not written. */
    layout?: 'compact' | 'full';
    /** The host's heading for the embed; empty or absent writes none. */
    title?: string;
    id: string;
    language: string;
  },
): string {
  const url = new URL('embed.html', base);
  const params = new URLSearchParams(viewSearch);
  params.set('embed', options.kind);
  if (options.chart !== undefined) params.set('chart', options.chart);
  if (options.countries !== undefined) params.set('c', options.countries.join(','));
  if (options.scheme !== 'light') params.set('scheme', options.scheme);
  if (!options.interactive) params.set('interactive', '0');
  if (options.layout === 'full') params.set('layout', 'full');
  const title = options.title === undefined ? null : cleanTitle(options.title);
  if (title !== null) params.set('title', title);
  params.set('id', options.id);
  // Always the language the code was made in, even when the maker's browser chose it: the host
  // page is written in one language, and its readers' browsers should not change the embed's.
  params.set('lang', options.language);
  url.search = params.toString().replaceAll('%2C', ',');
  return url.href;
}
