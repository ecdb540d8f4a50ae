import { useCallback, useMemo, useState } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { CHART_IDS } from '../../components/chart-ids';
import type { ChartOptions } from '../../view-state/chart-options';
import { withFilter } from '../../view-state/transitions';
import { serializeViewState } from '../../view-state/url-codec';
import { useViewState } from '../../view-state/use-view-state';
import type { ViewState } from '../../view-state/view-state';
import type { OpenRecords } from './cards/card-props';
import { useChartContext } from './chart-context';
import { CHARTS } from './chart-registry';
import { ChartWidthContext } from './chart-width';
import { createDrawQueue, DrawQueueContext } from './draw-turns';
import './charts.css';

export interface ChartGalleryProps {
  model: DatasetModel;
  /** The records under the current filters. */
  records: CooperationRecord[];
  /**
   * The filter that selected `records`, when the view's filters alone did (the explore view): the
   * figures then say it in words and a bar opens its records. A briefing's records are also narrowed
   * to its countries, which no filter says, so it passes none.
   */
  filter?: RecordFilter;
  /** Draw every chart this many pixels wide instead of filling its card: jsdom measures nothing, so tests set it. */
  chartWidth?: number;
}

/** The records a filter selects, in the explore view's Records tab, keeping the rest of the view. */
function recordsView(state: ViewState, filter: RecordFilter): ViewState {
  return { ...withFilter(state, filter), route: { name: 'explore' }, tab: 'table', openRecord: null };
}

/** The charts of the explore view, each a figure with its table, units and source, over the filtered records. */
export default function ChartGallery({ model, records, filter, chartWidth }: ChartGalleryProps) {
  const { state, update } = useViewState();
  const context = useChartContext(model, records, filter ?? null);
  const onOptionsChange = useCallback(
    (change: Partial<ChartOptions>) =>
      // A choice on a chart is a small step: it replaces the history entry rather than adding one.
      update((current) => ({ ...current, charts: { ...current.charts, ...change } }), { replace: true }),
    [update],
  );
  const openRecords = useMemo<OpenRecords | undefined>(
    () =>
      filter === undefined
        ? undefined
        : {
            filter,
            href: (barFilter) => serializeViewState(recordsView(state, barFilter)) || '?',
            open: (barFilter) => update((current) => recordsView(current, barFilter)),
          },
    [filter, state, update],
  );
  const cardProps = { model, records, context, options: state.charts, onOptionsChange, openRecords };
  const [drawQueue] = useState(createDrawQueue);
  return (
    <ChartWidthContext value={chartWidth ?? null}>
      <DrawQueueContext value={drawQueue}>
        <div className="chart-gallery">
          {CHART_IDS.map((id) => {
            const Card = CHARTS[id];
            return <Card key={id} {...cardProps} />;
          })}
        </div>
      </DrawQueueContext>
    </ChartWidthContext>
  );
}
