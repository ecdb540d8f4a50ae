import { setAutoFreeze } from 'immer';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import type { ChartId } from '../../components/chart-ids';
import { CHARTS } from './chart-registry';
import './charts.css';
import { useSourceLine } from './use-source-line';

export interface SingleChartProps {
  model: DatasetModel;
  records: CooperationRecord[];
  chart: ChartId;
}

// Recharts keeps chart elements in an Immer store, which freezes them. Preact, which runs the embeds
// (see vite.config.ts), writes its bookkeeping onto elements as it renders them and cannot on frozen
// ones. Only embeds load this module, and before any chart's store exists.
setAutoFreeze(false);

/** One chart on its own, for embeds. Default export: loaded lazily with Recharts. */
export default function SingleChart({ model, records, chart }: SingleChartProps) {
  const source = useSourceLine(model, records);
  const Card = CHARTS[chart];
  return (
    <div className="chart-gallery chart-single">
      <Card model={model} records={records} source={source} />
    </div>
  );
}
