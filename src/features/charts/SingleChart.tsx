import { setAutoFreeze } from 'immer';
import { useState } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import type { ChartId } from '../../components/chart-ids';
import type { ChartOptions } from '../../view-state/chart-options';
import { useChartContext } from './chart-context';
import { CHARTS } from './chart-registry';
import './charts.css';

export interface SingleChartProps {
  model: DatasetModel;
  records: CooperationRecord[];
  chart: ChartId;
  /** The embed's filters, said in words on the figure (and in its downloads). */
  filter: RecordFilter;
  /** The chart's choices as the embed's URL gives them. */
  initialOptions: ChartOptions;
}

// Recharts keeps chart elements in an Immer store, which freezes them. Preact, which runs the embeds
// (see vite.config.ts), writes its bookkeeping onto elements as it renders them and cannot on frozen
// ones. Only embeds load this module, and before any chart's store exists.
setAutoFreeze(false);

/** One chart on its own, for embeds. Default export: loaded lazily with Recharts. */
export default function SingleChart({ model, records, chart, filter, initialOptions }: SingleChartProps) {
  const context = useChartContext(model, records, filter);
  // Inside a host's page the choices stay with the embed: its address is the host's business.
  const [options, setOptions] = useState(initialOptions);
  const Card = CHARTS[chart];
  return (
    <div className="chart-gallery chart-single">
      <Card
        model={model}
        records={records}
        context={context}
        options={options}
        onOptionsChange={(change) => setOptions((current) => ({ ...current, ...change }))}
      />
    </div>
  );
}
