import { svgSize, type LegendEntry } from './figure-parts';
import { copySvgWithStyles, type ComputedStyleOf } from './svg-copy';
import { estimateTextWidth } from './wrap-text';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ICON_SIZE = 12;
const TEXT_SIZE = 12;
const ICON_GAP = 4;
const ENTRY_GAP = 16;
const ROW_HEIGHT = 18;

export interface LegendLayout {
  root: Element;
  styleOf: ComputedStyleOf;
  font: string;
  /** Where the chart's <svg> is in the picture, and where it was on the page. */
  chart: { x: number; y: number; pageBox: DOMRect };
  /** Where rows of entries go when the legend cannot keep its place: top left and width. */
  rows: { x: number; y: number; width: number };
}

/**
 * Draws a legend the page drew in HTML into the picture, which would otherwise lose it (and a
 * chart of several series cannot be read without its legend). Where the legend lay over the chart
 * (Recharts keeps room for it inside the <svg>), each entry keeps its place; otherwise the entries
 * go in rows below. Returns where the next thing goes.
 */
export function drawLegend(entries: readonly LegendEntry[], layout: LegendLayout): number {
  if (entries.length === 0) return layout.rows.y;
  if (entries.every((entry) => isWithin(entry.element.getBoundingClientRect(), layout.chart.pageBox))) {
    for (const entry of entries) drawInPlace(entry, layout);
    return layout.rows.y;
  }
  return drawInRows(entries, layout);
}

function drawInPlace(entry: LegendEntry, layout: LegendLayout): void {
  const { x: chartX, y: chartY, pageBox } = layout.chart;
  const toPicture = (box: DOMRect) => ({
    x: box.left - pageBox.left + chartX,
    y: box.top - pageBox.top + chartY,
  });
  const entryBox = entry.element.getBoundingClientRect();
  let labelX = toPicture(entryBox).x;
  if (entry.icon !== null) {
    const iconBox = entry.icon.getBoundingClientRect();
    const at = toPicture(iconBox);
    drawIcon(entry.icon, layout, at.x, at.y, iconBox.width, iconBox.height);
    labelX = at.x + iconBox.width + ICON_GAP;
  }
  const labelBox = entry.labelElement?.getBoundingClientRect();
  if (labelBox !== undefined && labelBox.width > 0) labelX = toPicture(labelBox).x;
  const box = labelBox !== undefined && labelBox.height > 0 ? labelBox : entryBox;
  const size = Number.parseFloat(layout.styleOf(entry.labelElement ?? entry.element).fontSize) || TEXT_SIZE;
  drawLabel(entry, layout, labelX, toPicture(box).y + box.height / 2, size);
}

function drawInRows(entries: readonly LegendEntry[], layout: LegendLayout): number {
  const { x: left, width } = layout.rows;
  let x = left;
  let y = layout.rows.y;
  for (const entry of entries) {
    const entryWidth = ICON_SIZE + ICON_GAP + estimateTextWidth(entry.label, TEXT_SIZE);
    if (x > left && x + entryWidth > left + width) {
      x = left;
      y += ROW_HEIGHT;
    }
    if (entry.icon !== null) {
      drawIcon(entry.icon, layout, x, y + (ROW_HEIGHT - ICON_SIZE) / 2, ICON_SIZE, ICON_SIZE);
    }
    drawLabel(entry, layout, x + ICON_SIZE + ICON_GAP, y + ROW_HEIGHT / 2, TEXT_SIZE);
    x += entryWidth + ENTRY_GAP;
  }
  return y + ROW_HEIGHT;
}

function drawIcon(
  icon: SVGSVGElement,
  layout: LegendLayout,
  x: number,
  y: number,
  width: number,
  height: number,
) {
  const copy = copySvgWithStyles(icon, layout.root.ownerDocument, layout.styleOf);
  const size = svgSize(icon);
  if (!copy.hasAttribute('viewBox'))
    copy.setAttribute('viewBox', `0 0 ${size.width || 1} ${size.height || 1}`);
  copy.removeAttribute('class');
  const position = { x, y, width, height };
  for (const [name, value] of Object.entries(position)) copy.setAttribute(name, String(value));
  layout.root.append(copy);
}

function drawLabel(entry: LegendEntry, layout: LegendLayout, x: number, middle: number, size: number) {
  const text = layout.root.ownerDocument.createElementNS(SVG_NS, 'text');
  const attributes = {
    x,
    y: middle,
    'dominant-baseline': 'central',
    'font-family': layout.font,
    'font-size': size,
    fill: layout.styleOf(entry.labelElement ?? entry.element).color || '#1f2328',
  };
  for (const [name, value] of Object.entries(attributes)) text.setAttribute(name, String(value));
  text.textContent = entry.label;
  layout.root.append(text);
}

function isWithin(box: DOMRect, outer: DOMRect): boolean {
  const slack = 1;
  return (
    box.width > 0 &&
    box.height > 0 &&
    box.left >= outer.left - slack &&
    box.top >= outer.top - slack &&
    box.right <= outer.right + slack &&
    box.bottom <= outer.bottom + slack
  );
}
