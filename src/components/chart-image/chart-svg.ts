import { figureParts, svgSize } from './figure-parts';
import { drawLegend } from './legend';
import { copySvgWithStyles } from './svg-copy';
import { wrapText } from './wrap-text';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart as a standalone SVG file, and the size it is drawn at (CSS pixels). */
export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

// Layout of the frame around the chart, in CSS pixels.
const PADDING = 16;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const SOURCE_SIZE = 12;
const LINE_HEIGHT = 1.3;
const GAP = 8;

const FALLBACK = { text: '#1f2328', muted: '#57606a', background: '#ffffff', font: 'sans-serif' };

/**
 * A chart figure as a standalone SVG document: its title (and units line) above the chart and its
 * source line below, all inside the image, with the styles the page's CSS gave it written onto
 * the elements, so the file looks the same opened on its own. Null when the figure shows no chart.
 * Text goes in through textContent only: titles and sources are data.
 */
export function chartFigureToSvg(figure: HTMLElement): ChartImage | null {
  const parts = figureParts(figure);
  if (parts === null) return null;
  const doc = figure.ownerDocument;
  const view = doc.defaultView ?? window;
  const styleOf = (element: Element) => view.getComputedStyle(element);
  const colour = (element: Element | null, fallback: string) =>
    (element !== null ? styleOf(element).color : undefined) || fallback;

  const chartSize = svgSize(parts.svg);
  const chartWidth = Math.max(1, Math.round(chartSize.width));
  const chartHeight = Math.max(1, Math.round(chartSize.height));
  const width = chartWidth + 2 * PADDING;
  const textWidth = chartWidth;
  const font = styleOf(figure).fontFamily || FALLBACK.font;
  const titleColour = colour(figure.querySelector('figcaption'), FALLBACK.text);
  const mutedColour = colour(figure.querySelector('.chart-source, [data-chart-source]'), FALLBACK.muted);
  // The picture keeps the theme it was taken in: light text drawn on white would not read.
  const figureBackground = styleOf(figure).backgroundColor;
  const backgroundColour = isOpaque(figureBackground) ? figureBackground : FALLBACK.background;

  const root = doc.createElementNS(SVG_NS, 'svg');
  const add = <K extends keyof SVGElementTagNameMap>(
    name: K,
    attributes: Record<string, string | number>,
  ) => {
    const element = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    root.append(element);
    return element;
  };

  const titleElement = add('title', {});
  titleElement.textContent = parts.title;
  // Sized once the layout below is known; first, so everything is drawn over it.
  const background = add('rect', { x: 0, y: 0, fill: backgroundColour });

  let y = PADDING;
  const addLines = (text: string, size: number, colourValue: string, weight: string) => {
    for (const line of wrapText(text, textWidth, size)) {
      y += size;
      const element = add('text', {
        x: PADDING,
        y,
        fill: colourValue,
        'font-family': font,
        'font-size': size,
        'font-weight': weight,
      });
      element.textContent = line;
      y += size * (LINE_HEIGHT - 1);
    }
  };
  addLines(parts.title, TITLE_SIZE, titleColour, '700');
  if (parts.subtitle !== '') addLines(parts.subtitle, SUBTITLE_SIZE, mutedColour, '400');
  y += GAP;

  const chart = copySvgWithStyles(parts.svg, doc, styleOf);
  // The page sized the chart with CSS (width: 100%); in the file its attributes must say it.
  for (const attribute of ['class', 'tabindex', 'role', 'focusable']) chart.removeAttribute(attribute);
  if (!chart.hasAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  chart.setAttribute('x', String(PADDING));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  root.append(chart);
  const chartY = y;
  y += chartHeight + GAP;
  if (parts.legend.length > 0) {
    const chartPlace = { x: PADDING, y: chartY, pageBox: parts.svg.getBoundingClientRect() };
    const below = drawLegend(parts.legend, {
      root,
      styleOf,
      font,
      chart: chartPlace,
      rows: { x: PADDING, y, width: textWidth },
    });
    if (below > y) y = below + GAP;
  }

  if (parts.source !== '') addLines(parts.source, SOURCE_SIZE, mutedColour, '400');
  const height = Math.ceil(y + PADDING);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', font);
  background.setAttribute('height', String(height));
  background.setAttribute('width', String(width));

  const markup = new view.XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}

/** A computed colour that paints something (not `transparent` or fully see-through). */
function isOpaque(colour: string): boolean {
  if (colour === '' || colour === 'transparent') return false;
  return !/^rgba\(.*,\s*0\)$/.test(colour);
}
