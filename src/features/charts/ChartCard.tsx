import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ChartExportButtons } from '../../components/chart-image/ChartExportButtons';
import { useDrawTurn } from './draw-turns';
import type { ChartSeries } from './series';
import { SeriesBarChart, type ChartOrientation } from './SeriesBarChart';
import { SeriesTable } from './SeriesTable';
import { ViewToggle, type ChartView } from './ViewToggle';

interface ChartCardProps {
  title: string;
  /** What is counted, and the notes that keep it honest (what is left out, what counts twice). */
  units: ReactNode;
  /** Choices that change the series (role, currency...). */
  controls?: ReactNode;
  series: ChartSeries;
  orientation: ChartOrientation;
  /** Said instead of an empty axis when the series has no rows. */
  emptyMessage: string;
  /** "Source: dataset, as of date; N records under the current filters." */
  source: string;
  /** Names the exported files: chart-<fileStem>-<date>.png */
  fileStem: string;
}

/**
 * One chart as a figure: title and units, the chart or its table, and the source line, kept together
 * so the figure can later be exported as one image. The controls sit in the figure but outside the chart.
 */
export function ChartCard({
  title,
  units,
  controls,
  series,
  orientation,
  emptyMessage,
  source,
  fileStem,
}: ChartCardProps) {
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const [view, setView] = useState<ChartView>('chart');
  const turn = useDrawTurn();
  const empty = series.rows.length === 0;
  const drawsChart = !empty && view === 'chart';
  // A card with no chart to draw passes its turn on at once; a chart passes it once it has drawn.
  useEffect(() => {
    if (turn.mayDraw && !drawsChart) turn.drawn();
  }, [turn, drawsChart]);
  return (
    <figure className="chart-card" aria-labelledby={titleId} ref={figure}>
      <figcaption className="chart-caption">
        <h2 id={titleId}>{title}</h2>
        <p className="chart-units">{units}</p>
      </figcaption>
      <div className="chart-toolbar">
        {controls}
        {!empty && <ViewToggle view={view} onChange={setView} />}
      </div>
      <div className="chart-body">
        {empty ? (
          <p className="chart-empty">{emptyMessage}</p>
        ) : view === 'chart' ? (
          <SeriesBarChart
            series={series}
            orientation={orientation}
            title={title}
            pending={!turn.mayDraw}
            onDrawn={turn.drawn}
          />
        ) : (
          <SeriesTable series={series} caption={title} />
        )}
      </div>
      <p className="chart-source">{source}</p>
      {drawsChart && <ChartExportButtons figureRef={figure} fileStem={fileStem} title={title} />}
    </figure>
  );
}
