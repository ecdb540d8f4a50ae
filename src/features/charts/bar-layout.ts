import { labelWidth } from './axis-label';
import { CATEGORY_KEY, rangeKeys, type ChartDatum, type ChartSeries, type RangeMeasure } from './series';

// How a series becomes bars and how much room its axes need: plain functions, so the chart component only draws.

export interface DrawnBar {
  dataKey: string;
  name: string;
  fill: string;
  stroke: string;
  stackId: string | undefined;
}

const MIN_CATEGORY_AXIS = 90;
const MAX_CATEGORY_SHARE = 0.36;

/**
 * The bars to draw in stacking order: counts, then each range as a solid low part and a hatched
 * uncertain part. `ground` is the chart's background colour, which edges stacked segments.
 */
export function drawnBars(
  series: ChartSeries,
  data: ChartDatum[],
  hatchPrefix: string,
  ground: string,
): DrawnBar[] {
  const bars: DrawnBar[] = [];
  for (const measure of series.measures) {
    if (measure.draw === 'bar') {
      bars.push({
        dataKey: measure.key,
        name: measure.label,
        fill: measure.color,
        // Edges in the background's colour keep stacked segments apart where two colours meet.
        stroke: series.stacked ? ground : measure.color,
        stackId: series.stacked ? 'stack' : undefined,
      });
    }
    if (measure.draw === 'range') {
      const keys = rangeKeys(measure);
      bars.push({
        dataKey: keys.low,
        name: measure.lowLabel,
        fill: measure.color,
        stroke: measure.color,
        stackId: measure.key,
      });
      // Without any disputed figure there is nothing uncertain to draw or to explain in a legend.
      if (hasUncertainty(data, measure)) {
        bars.push({
          dataKey: keys.uncertain,
          name: measure.uncertainLabel,
          fill: `url(#${hatchPrefix}${measure.key})`,
          stroke: measure.color,
          stackId: measure.key,
        });
      }
    }
  }
  return bars;
}

/** Room for the names beside horizontal bars: enough for the longest, but never most of a narrow chart (names wrap instead). */
export function categoryAxisWidth(data: ChartDatum[], chartWidth: number | null): number {
  const wanted = labelWidth(data.map((datum) => String(datum[CATEGORY_KEY])));
  if (chartWidth === null) return wanted;
  return Math.min(wanted, Math.max(MIN_CATEGORY_AXIS, Math.round(chartWidth * MAX_CATEGORY_SHARE)));
}

export function hasUncertainty(data: ChartDatum[], measure: RangeMeasure): boolean {
  const key = rangeKeys(measure).uncertain;
  return data.some((datum) => Number(datum[key]) > 0);
}

/** Room for the value axis of a column chart: its largest tick is at most about the largest total. */
export function valueAxisWidth(series: ChartSeries, data: ChartDatum[], bars: DrawnBar[]): number {
  let largest = 0;
  for (const datum of data) {
    const total = bars.reduce((sum, bar) => sum + Number(datum[bar.dataKey] ?? 0), 0);
    largest = Math.max(largest, total);
  }
  return labelWidth([series.formatTick(largest * 1.25)], 10);
}
