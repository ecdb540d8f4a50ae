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
