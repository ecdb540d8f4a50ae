/** What a chart figure is made of, read from its DOM (see the charts' ChartCard). */
export interface FigureParts {
  /** The chart itself: the largest <svg> in the figure (Recharts' surface; legend icons are small ones). */
  svg: SVGSVGElement;
  title: string;
  /** Figcaption text other than the title, e.g. the units line. */
  subtitle: string;
  /** "Source: …", the line that must travel with the image. */
  source: string;
  /** Legend entries drawn outside the chart's <svg> (Recharts draws its legend in HTML). */
  legend: LegendEntry[];
}

export interface LegendEntry {
  /** The entry's swatch, when it is an <svg>. */
  icon: SVGSVGElement | null;
  label: string;
  /** The element holding the label text, when it is apart from the swatch. */
  labelElement: Element | null;
  element: Element;
}

// Recharts' HTML legend items, or any element a chart marks as one (and its label).
const LEGEND_ITEM = '[data-chart-legend-item], .recharts-legend-item';
const LEGEND_LABEL = '[data-chart-legend-label], .recharts-legend-item-text';

const HEADING = 'h1, h2, h3, h4, h5, h6';

/**
 * Reads the parts of a chart figure: the title from the figcaption's heading, the subtitle from the
 * rest of the figcaption, the source from `[data-chart-source]`, `.chart-source`, or else the last
 * paragraph directly in the figure. Null when the figure shows no chart (e.g. its table instead).
 */
export function figureParts(figure: Element): FigureParts | null {
  const svg = largestSvg(figure);
  if (svg === null) return null;
  const caption = figure.querySelector('figcaption');
  const heading = caption?.querySelector(HEADING) ?? null;
  const title = clean(heading?.textContent ?? caption?.textContent ?? '');
  let subtitle = '';
  if (caption !== null && heading !== null) {
    subtitle = clean(
      [...caption.children]
        // Controls someone put in the caption (marked data-export-ignore) are not part of the picture.
        .filter((child) => !child.contains(heading) && !child.matches('[data-export-ignore]'))
        .map((child) => child.textContent ?? '')
        .join(' '),
    );
  }
  const sourceElement =
    figure.querySelector('[data-chart-source]') ??
    figure.querySelector('.chart-source') ??
    lastDirectParagraph(figure);
  const legend = [...figure.querySelectorAll(LEGEND_ITEM)]
    .filter((element) => !svg.contains(element))
    .map((element) => ({
      icon: element.querySelector('svg'),
      label: clean(element.textContent ?? ''),
      labelElement: element.querySelector(LEGEND_LABEL),
      element,
    }))
    .filter((entry) => entry.label !== '');
  return { svg, title, subtitle, source: clean(sourceElement?.textContent ?? ''), legend };
}

function largestSvg(figure: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = -1;
  for (const svg of figure.querySelectorAll('svg')) {
    // Only outermost <svg> elements: a nested one is part of a bigger picture.
    if (svg.parentElement?.closest('svg') != null) continue;
    const { width, height } = svgSize(svg);
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

/** The size an <svg> is drawn at: its layout box, else its width/height attributes, else its viewBox. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0)
    return { width: viewBox[2]!, height: viewBox[3]! };
  return { width: 0, height: 0 };
}

function lastDirectParagraph(figure: Element): Element | null {
  const paragraphs = [...figure.children].filter((child) => child.tagName.toLowerCase() === 'p');
  return paragraphs.at(-1) ?? null;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
