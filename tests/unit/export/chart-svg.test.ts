import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartFigureToSvg } from '../../../src/components/chart-image/chart-svg';
import { figureParts } from '../../../src/components/chart-image/figure-parts';

const SVG_NS = 'http://www.w3.org/2000/svg';
// A title and a source with markup in them: they are data, and must arrive as text.
const TITLE = 'Records per year <script>alert(1)</script> & more';
const UNITS = 'Number of records, counted in the year each starts.';
const SOURCE = 'Source: Mine action cooperation: sample dataset, as of November 2026; 23 records.';

function svgElement(name: string, attributes: Record<string, string | number>, parent: Element): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  parent.append(element);
  return element;
}

function htmlElement(name: string, text: string, parent: Element, className?: string): HTMLElement {
  const element = document.createElement(name);
  element.textContent = text;
  if (className) element.className = className;
  parent.append(element);
  return element;
}

/** A figure shaped like the charts' ChartCard: caption (title, units), controls, the chart, the source. */
function buildFigure({ withChart = true, sourceClass = 'chart-source' } = {}): HTMLElement {
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  htmlElement('h2', TITLE, caption);
  htmlElement('p', UNITS, caption);
  const controls = htmlElement('div', 'Download PNG', caption);
  controls.setAttribute('data-export-ignore', '');
  figure.append(caption);
  if (withChart) {
    const chart = svgElement(
      'svg',
      { class: 'test-chart', width: 300, height: 200, viewBox: '0 0 300 200' },
      figure,
    );
    chart.setAttribute('style', 'width: 100%');
    chart.setAttribute('tabindex', '0');
    const bars = svgElement('g', { class: 'bars' }, chart);
    svgElement('rect', { class: 'bar', x: 10, y: 50, width: 40, height: 150 }, bars);
    svgElement('rect', { class: 'bar muted', x: 60, y: 100, width: 40, height: 100 }, bars);
    svgElement('text', { class: 'tick', x: 30, y: 195 }, chart).textContent = '2023';
    // What must not travel into a file: an inline style attribute (its look is carried by the
    // computed style instead), a handler, a script and a foreign object.
    svgElement('circle', { class: 'dot', r: 4, style: 'fill: rgb(1, 2, 3)', onclick: 'alert(1)' }, chart);
    svgElement('script', {}, chart).textContent = 'alert(1)';
    svgElement('foreignObject', { width: 10, height: 10 }, chart);
    // An HTML legend, as Recharts draws it: its swatch is a small svg that must not be taken for the chart.
    const legend = htmlElement('ul', '', figure);
    const item = htmlElement('li', '', legend, 'recharts-legend-item');
    const swatch = svgElement('svg', { width: 14, height: 14, viewBox: '0 0 32 32' }, item);
    svgElement('rect', { class: 'bar', width: 32, height: 32 }, swatch);
    htmlElement('span', 'Partnerships', item);
  }
  htmlElement('p', SOURCE, figure, sourceClass);
  document.body.append(figure);
  return figure;
}

// The page's style sheet: the exported file must carry these looks without it.
let sheet: HTMLStyleElement;
beforeEach(() => {
  sheet = document.createElement('style');
  sheet.textContent = `
    figure { font-family: "Noto Sans", sans-serif; color: rgb(31, 35, 40); }
    .test-chart { width: 100%; }
    .bar { fill: rgb(11, 92, 173); stroke: rgb(0, 0, 0); }
    .bar.muted { fill: rgb(200, 200, 200); opacity: 0.5; }
    .tick { font-size: 11px; fill: rgb(87, 96, 106); }
    .chart-source { color: rgb(87, 96, 106); }
  `;
  document.head.append(sheet);
});
afterEach(() => {
  sheet.remove();
  document.body.replaceChildren();
});

function parseSvg(text: string): Element {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  return parsed.documentElement;
}

describe('figureParts', () => {
  it('finds the title, the units, the source and the largest svg', () => {
    const figure = buildFigure();
    const parts = figureParts(figure)!;
    expect(parts.title).toBe(TITLE);
    expect(parts.subtitle).toBe(UNITS);
    expect(parts.source).toBe(SOURCE);
    expect(parts.svg.getAttribute('class')).toBe('test-chart');
  });

  it('takes the last paragraph of the figure as its source when none is marked', () => {
    expect(figureParts(buildFigure({ sourceClass: '' }))!.source).toBe(SOURCE);
  });

  it('finds nothing to draw when the figure shows a table', () => {
    expect(figureParts(buildFigure({ withChart: false }))).toBeNull();
  });
});

describe('chartFigureToSvg', () => {
  it('frames the chart with its title above and its source below, as text, inside the image', () => {
    const { svg, width, height } = chartFigureToSvg(buildFigure())!;
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    const root = parseSvg(svg);
    expect(width).toBe(300 + 2 * 16);
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);

    const children = [...root.children];
    const texts = children.filter((child) => child.tagName === 'text').map((text) => text.textContent);
    expect(texts.join(' ')).toBe(`${TITLE} ${UNITS} Partnerships ${SOURCE}`);
    expect(root.querySelector('title')?.textContent).toBe(TITLE);
    // The title's markup stayed text: no element came out of it.
    expect(root.querySelector('script')).toBeNull();
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    // Controls in the caption are not part of the picture.
    expect(svg).not.toContain('Download');
    // Title first, the chart in the middle, the source last; all inside the height.
    const chart = children.find((child) => child.tagName === 'svg')!;
    const chartTop = Number(chart.getAttribute('y'));
    const ys = children
      .filter((child) => child.tagName === 'text')
      .map((text) => Number(text.getAttribute('y')));
    expect(ys[0]!).toBeLessThan(chartTop);
    expect(ys.at(-1)!).toBeGreaterThan(chartTop + 200);
    expect(ys.at(-1)!).toBeLessThan(height);
  });

  it('keeps the chart at its size and writes the page styles onto its elements', () => {
    const root = parseSvg(chartFigureToSvg(buildFigure())!.svg);
    const chart = [...root.children].find((child) => child.tagName === 'svg')!;
    expect(chart.getAttribute('width')).toBe('300');
    expect(chart.getAttribute('height')).toBe('200');
    expect(chart.getAttribute('viewBox')).toBe('0 0 300 200');
    for (const attribute of ['style', 'class', 'tabindex']) expect(chart.hasAttribute(attribute)).toBe(false);

    const [bar, muted] = chart.querySelectorAll('rect.bar');
    expect(bar!.getAttribute('fill')).toBe('rgb(11, 92, 173)');
    expect(bar!.getAttribute('stroke')).toBe('rgb(0, 0, 0)');
    expect(bar!.hasAttribute('opacity')).toBe(false);
    expect(muted!.getAttribute('fill')).toBe('rgb(200, 200, 200)');
    expect(muted!.getAttribute('opacity')).toBe('0.5');
    const tick = chart.querySelector('text.tick')!;
    expect(tick.getAttribute('font-size')).toBe('11px');
    expect(tick.getAttribute('fill')).toBe('rgb(87, 96, 106)');
    expect(chart.getAttribute('font-family')).toBe('"Noto Sans", sans-serif');
    // Inherited from the chart's root, so not repeated on every element.
    expect(tick.hasAttribute('font-family')).toBe(false);
  });

  it('draws an HTML legend into the picture: its swatch, small, and its label', () => {
    const root = parseSvg(chartFigureToSvg(buildFigure())!.svg);
    const [chart, swatch] = [...root.children].filter((child) => child.tagName === 'svg');
    expect(swatch!.getAttribute('width')).toBe('12');
    expect(swatch!.getAttribute('viewBox')).toBe('0 0 32 32');
    expect(swatch!.querySelector('rect')?.getAttribute('fill')).toBe('rgb(11, 92, 173)');
    expect(Number(swatch!.getAttribute('y'))).toBeGreaterThan(Number(chart!.getAttribute('y')) + 200);
    const label = [...root.children].find((child) => child.textContent === 'Partnerships')!;
    expect(label.tagName).toBe('text');
  });

  it('keeps a legend where it was when it lay over the chart, as Recharts lays it', () => {
    const figure = buildFigure();
    // jsdom lays nothing out: give the chart and the legend entry their boxes on the page.
    const place = (element: Element, left: number, top: number, width: number, height: number) => {
      const box = { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height };
      element.getBoundingClientRect = () => ({ ...box, toJSON: () => box });
    };
    const chartOnPage = figure.querySelector('svg.test-chart')!;
    const item = figure.querySelector('.recharts-legend-item')!;
    const label = item.querySelector('span')!;
    label.className = 'recharts-legend-item-text';
    place(chartOnPage, 100, 200, 300, 200);
    place(item, 150, 370, 80, 20);
    place(item.querySelector('svg')!, 150, 374, 14, 14);
    place(label, 168, 370, 62, 20);

    const root = parseSvg(chartFigureToSvg(figure)!.svg);
    const [chart, swatch] = [...root.children].filter((child) => child.tagName === 'svg');
    const chartY = Number(chart!.getAttribute('y'));
    expect(swatch!.getAttribute('x')).toBe(String(16 + 50));
    expect(swatch!.getAttribute('y')).toBe(String(chartY + 174));
    expect(swatch!.getAttribute('width')).toBe('14');
    const text = [...root.children].find((child) => child.textContent === 'Partnerships')!;
    expect(text.getAttribute('x')).toBe(String(16 + 68));
    expect(text.getAttribute('y')).toBe(String(chartY + 180));
    // No row below the chart for it: the source follows the chart directly.
    const source = [...root.children].find((child) => child.textContent?.startsWith('Source:'))!;
    expect(Number(source.getAttribute('y'))).toBeLessThan(chartY + 200 + 8 + 12 + 1);
  });

  it('copies no style attribute, handler, script or foreign object, but keeps the look', () => {
    const { svg } = chartFigureToSvg(buildFigure())!;
    const root = parseSvg(svg);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toContain('onclick');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('foreignObject')).toBeNull();
    expect(root.querySelector('circle.dot')?.getAttribute('fill')).toBe('rgb(1, 2, 3)');
  });

  it('leaves the page untouched', () => {
    const figure = buildFigure();
    const before = figure.outerHTML;
    chartFigureToSvg(figure);
    expect(figure.outerHTML).toBe(before);
  });

  it('is null when the figure shows its table instead of the chart', () => {
    expect(chartFigureToSvg(buildFigure({ withChart: false }))).toBeNull();
  });
});
