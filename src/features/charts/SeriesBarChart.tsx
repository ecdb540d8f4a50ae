import { useEffect, useId, useState, type ReactElement } from 'react';
import type { BarShapeProps } from 'recharts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useThemeColours } from '../../components/theme-colours';
import { labelWidth } from './axis-label';
import { categoryAxisWidth, drawnBars, hasUncertainty, valueAxisWidth } from './bar-layout';
import { useFixedChartWidth } from './chart-width';
import {
  CATEGORY_KEY,
  DIRECT_LABEL_KEY,
  ROW_ID_KEY,
  toChartData,
  type ChartSeries,
  type RangeMeasure,
} from './series';
import { SeriesTooltip } from './SeriesTooltip';
import { largestBar, roundTicks } from './value-ticks';
import { HatchPattern } from '../../components/HatchPattern';

/** Columns: categories along the bottom (years). Bars: categories down the side (names), longest first. */
export type ChartOrientation = 'columns' | 'bars';

interface SeriesBarChartProps {
  series: ChartSeries;
  orientation: ChartOrientation;
  /** The chart's accessible name (its figure's title). */
  title: string;
  /** Not its turn to draw yet (draw-turns.ts): keep the chart's space, draw nothing. */
  pending?: boolean;
  /** Called once the chart has its width and has drawn (draw-turns.ts). */
  onDrawn?: () => void;
  /** Opens the records behind a bar (by its row's id); the table offers the same by keyboard. */
  onOpenRow?: ((rowId: string) => void) | undefined;
}

const BAR_THICKNESS = 30;
const COLUMN_CHART_HEIGHT = 300;

/** Draws a series as bars; the table beside it comes from the same series. */
export function SeriesBarChart({
  series,
  orientation,
  title,
  pending = false,
  onDrawn,
  onOpenRow,
}: SeriesBarChartProps) {
  const fixedWidth = useFixedChartWidth();
  const [measuredWidth, setMeasuredWidth] = useState<number | null>(null);
  const width = fixedWidth ?? measuredWidth;
  // A responsive chart draws only once it has measured its width.
  const hasDrawn = !pending && width !== null;
  useEffect(() => {
    if (hasDrawn) onDrawn?.();
  }, [hasDrawn, onDrawn]);
  // Recharts takes colours as values: these follow the light or dark theme.
  const colours = useThemeColours();
  const tick = { fontSize: 12, fill: colours.muted };
  // Pattern ids live in the page's one id space: each chart needs its own.
  const hatchPrefix = `hatch${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const data = toChartData(series);
  const bars = drawnBars(series, data, hatchPrefix, colours.background);
  const hatched = series.measures.filter(
    (measure): measure is RangeMeasure => measure.draw === 'range' && hasUncertainty(data, measure),
  );
  const labels = data.map((datum) => String(datum[DIRECT_LABEL_KEY] ?? ''));
  const labelRoom = series.directLabel === undefined ? 8 : labelWidth(labels, 8);
  // A label above a column needs room under the top of the axis, or it runs into the legend.
  const headroom = orientation === 'columns' && series.directLabel !== undefined ? 1.1 : 1;
  const largest = largestBar(data, bars) * headroom;
  // Across a narrow value axis fewer ticks fit; the library would drop some and leave uneven steps.
  const valueAxisLength =
    orientation === 'bars' ? (width ?? 0) - categoryAxisWidth(data, width) - labelRoom - 8 : Infinity;
  const ticks = roundTicks(largest, {
    maxIntervals: Math.max(
      2,
      Math.min(5, Math.floor(valueAxisLength / labelWidth([series.formatTick(largest)], 16))),
    ),
  });
  const valueDomain: [number, number] = [0, ticks.at(-1) ?? 1];
  const height =
    orientation === 'columns'
      ? COLUMN_CHART_HEIGHT
      : data.length * BAR_THICKNESS + (bars.length > 1 ? 80 : 50);
  if (pending) return <div className="chart-canvas" style={{ height }} />;

  const chart = (size: { width: number; height: number } | null): ReactElement => (
    <BarChart
      {...(size ?? {})}
      data={data}
      layout={orientation === 'bars' ? 'vertical' : 'horizontal'}
      margin={
        orientation === 'bars'
          ? { top: 4, right: labelRoom, bottom: 4, left: 4 }
          : { top: series.directLabel === undefined ? 8 : 20, right: 8, bottom: 4, left: 4 }
      }
      title={title}
      barCategoryGap="20%"
    >
      <defs>
        {hatched.map((measure) => (
          <HatchPattern
            key={measure.key}
            id={`${hatchPrefix}${measure.key}`}
            size={6}
            background={colours.background}
            stroke={measure.color}
            strokeWidth={3}
          />
        ))}
      </defs>
      <CartesianGrid
        strokeDasharray="3 3"
        stroke={colours.grid}
        vertical={orientation === 'bars'}
        horizontal={orientation === 'columns'}
      />
      {orientation === 'bars' ? (
        <>
          <XAxis
            type="number"
            ticks={ticks}
            domain={valueDomain}
            tickFormatter={series.formatTick}
            allowDecimals={false}
            tick={tick}
            stroke={colours.muted}
          />
          <YAxis
            type="category"
            dataKey={CATEGORY_KEY}
            width={categoryAxisWidth(data, width)}
            interval={0}
            tick={tick}
            stroke={colours.muted}
          />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey={CATEGORY_KEY} tick={tick} stroke={colours.muted} />
          <YAxis
            type="number"
            ticks={ticks}
            domain={valueDomain}
            tickFormatter={series.formatTick}
            allowDecimals={false}
            width={valueAxisWidth(series, data, bars)}
            tick={tick}
            stroke={colours.muted}
          />
        </>
      )}
      <Tooltip
        content={(props) => <SeriesTooltip active={props.active} payload={props.payload} series={series} />}
        cursor={{ fill: colours.muted, fillOpacity: 0.12 }}
        isAnimationActive={false}
      />
      {bars.length > 1 && (
        <Legend
          verticalAlign="top"
          align="left"
          // In the order the bars stack, not alphabetical: the legend reads like the bars.
          itemSorter={null}
          formatter={(value: string) => <span className="chart-legend-text">{value}</span>}
          wrapperStyle={{ fontSize: 13, paddingBottom: 8 }}
        />
      )}
      {bars.map((bar, index) => (
        <Bar
          key={bar.dataKey}
          dataKey={bar.dataKey}
          name={bar.name}
          fill={bar.fill}
          stroke={bar.stroke}
          strokeWidth={1}
          stackId={bar.stackId}
          className={`chart-series-${bar.dataKey}${onOpenRow === undefined ? '' : ' chart-bar-opens'}`}
          shape={barShape}
          isAnimationActive={false}
          onClick={
            onOpenRow === undefined
              ? undefined
              : (item: { payload?: Record<string, unknown> }) => {
                  const rowId = item.payload?.[ROW_ID_KEY];
                  if (typeof rowId === 'string') onOpenRow(rowId);
                }
          }
        >
          {index === bars.length - 1 && series.directLabel !== undefined && (
            <LabelList
              dataKey={DIRECT_LABEL_KEY}
              position={orientation === 'bars' ? 'right' : 'top'}
              fontSize={12}
              fill={colours.text}
            />
          )}
        </Bar>
      ))}
    </BarChart>
  );

  if (fixedWidth !== null) return <div className="chart-canvas">{chart({ width: fixedWidth, height })}</div>;
  return (
    <ResponsiveContainer
      className="chart-canvas"
      width="100%"
      height={height}
      onResize={(newWidth) => setMeasuredWidth(newWidth)}
    >
      {chart(null)}
    </ResponsiveContainer>
  );
}

// A shape of our own keeps bars of zero length in the data Recharts hands to labels (it drops them
// otherwise), so the label at the end of a stack shows even when its last segment is empty.
function barShape(props: BarShapeProps) {
  return <Rectangle {...props} />;
}
