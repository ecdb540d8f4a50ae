import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ChartExportButtons } from '../../components/chart-image/ChartExportButtons';
import { CoverageLine } from '../../components/CoverageLine';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartContext } from './chart-context';
import { useDrawTurn } from './draw-turns';
import type { RowLink } from './row-links';
import type { ChartSeries, SeriesRow } from './series';
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
  /** The source line and the filters in words. */
  context: ChartContext;
  /** Each row's records, where the chart can open them (click a bar, or the name in the table). */
  rowLink?: ((row: SeriesRow) => RowLink | null) | undefined;
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
  context,
  rowLink,
  fileStem,
}: ChartCardProps) {
  const { t } = useI18n();
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const [view, setView] = useState<ChartView>('chart');
  const turn = useDrawTurn();
  const empty = series.rows.length === 0;
  const drawsChart = !empty && view === 'chart';
  const links = rowLink === undefined ? [] : series.rows.map((row) => rowLink(row));
  const opensRecords = links.some((link) => link !== null);
  const openRow = (rowId: string) => {
    const index = series.rows.findIndex((row) => row.id === rowId);
    links[index]?.open();
  };
  // A card with no chart to draw passes its turn on at once; a chart passes it once it has drawn.
  useEffect(() => {
    if (turn.mayDraw && !drawsChart) turn.drawn();
  }, [turn, drawsChart]);
  return (
    <figure className="chart-card" aria-labelledby={titleId} ref={figure}>
      <figcaption className="chart-caption">
        <h2 id={titleId}>{title}</h2>
        <p className="chart-units">{units}</p>
        {/* In the caption, so a downloaded image carries it as its subtitle. */}
        {context.filters !== null && <p className="chart-filters">{context.filters}</p>}
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
            onOpenRow={opensRecords ? openRow : undefined}
          />
        ) : (
          <SeriesTable series={series} caption={title} rowLink={opensRecords ? rowLink : undefined} />
        )}
      </div>
      {opensRecords && !empty && <p className="chart-hint">{t('charts.openRecordsHint')}</p>}
      <p className="chart-source">
        {context.source} <CoverageLine model={context.model} />
      </p>
      {drawsChart && <ChartExportButtons figureRef={figure} fileStem={fileStem} title={title} />}
    </figure>
  );
}
