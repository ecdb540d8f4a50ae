// One series object feeds both the chart and its table, so the two can never show different numbers.

/** A figure the sources may disagree on: equal ends when they agree. */
export interface Range {
  min: number;
  max: number;
}

export type MeasureValue = number | Range;

interface MeasureBase {
  key: string;
  /** The table's column header, and the legend's name for what the chart draws of it. */
  label: string;
  /** The text of a value, in the table and the tooltip; the row is there for texts like "not stated". */
  format: (value: MeasureValue, row: SeriesRow) => string;
}

/** A count drawn as a bar (stacked with the others when the series is stacked). */
export interface BarMeasure extends MeasureBase {
  draw: 'bar';
  color: string;
}

/** A range drawn as a solid bar up to its lowest value and a hatched segment up to its highest. */
export interface RangeMeasure extends MeasureBase {
  draw: 'range';
  color: string;
  /** The legend's names for the two segments. */
  lowLabel: string;
  uncertainLabel: string;
}

/** A column only the table has, e.g. how many trainings gave no count. */
export interface TableMeasure extends MeasureBase {
  draw: 'none';
}

export type SeriesMeasure = BarMeasure | RangeMeasure | TableMeasure;

export interface SeriesRow {
  id: string;
  /** The category in full: the table's row header and the tooltip's heading. */
  label: string;
  /** A shorter name for the axis, e.g. an acronym; the full label otherwise. */
  axisLabel?: string;
  values: Record<string, MeasureValue>;
  /**
   * A year with nothing to count, between years that have something: the chart keeps its place
   * on the axis (a gap, not years run together), the table and the tooltip leave it out.
   */
  gap?: boolean;
}

export interface ChartSeries {
  /** The header of the table's first column ("Year", "Country"). */
  categoryLabel: string;
  measures: SeriesMeasure[];
  rows: SeriesRow[];
  /** Bar measures stacked into one bar per row rather than side by side. */
  stacked: boolean;
  /** Text of a value-axis tick. */
  formatTick: (value: number) => string;
  /** The text written at the end of each bar, if any (often shorter than the table's, e.g. "US$1.2M"). */
  directLabel?: (row: SeriesRow) => string;
}

/** A row of the data the chart library draws: flat numbers keyed by data key. */
export type ChartDatum = Record<string, string | number>;

export const CATEGORY_KEY = 'category';
export const ROW_ID_KEY = 'rowId';
export const DIRECT_LABEL_KEY = 'directLabel';

/** The data keys a range measure is drawn with. */
export function rangeKeys(measure: RangeMeasure): { low: string; uncertain: string } {
  return { low: `${measure.key}Low`, uncertain: `${measure.key}Uncertain` };
}

/** A value as a range; a plain count is a range of one value. */
export function asRange(value: MeasureValue | undefined): Range {
  if (value === undefined) return { min: 0, max: 0 };
  return typeof value === 'number' ? { min: value, max: value } : value;
}

/** A value as one count; a range has none, so this is only for counts. */
export function asCount(value: MeasureValue | undefined): number {
  if (value === undefined) return 0;
  return typeof value === 'number' ? value : value.max;
}

/** What the chart library draws for a series: one datum per row, ranges split into a low part and an uncertain part. */
export function toChartData(series: ChartSeries): ChartDatum[] {
  return series.rows.map((row) => {
    const datum: ChartDatum = { [ROW_ID_KEY]: row.id, [CATEGORY_KEY]: row.axisLabel ?? row.label };
    for (const measure of series.measures) {
      const value = row.values[measure.key];
      if (measure.draw === 'bar') datum[measure.key] = asCount(value);
      if (measure.draw === 'range') {
        const { min, max } = asRange(value);
        const keys = rangeKeys(measure);
        datum[keys.low] = min;
        datum[keys.uncertain] = max - min;
      }
    }
    // A gap gets no label at all: an empty one would still be drawn, as an empty text.
    if (series.directLabel !== undefined && !row.gap) datum[DIRECT_LABEL_KEY] = series.directLabel(row);
    return datum;
  });
}

/** The text of a row's value for a measure, as the table shows it. */
export function cellText(measure: SeriesMeasure, row: SeriesRow): string {
  return measure.format(row.values[measure.key] ?? 0, row);
}
