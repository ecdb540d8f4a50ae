import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartId } from '../../components/chart-ids';
import { CHARTS } from './chart-registry';
import './charts.css';

export interface SingleChartProps {
  model: DatasetModel;
  records: CooperationRecord[];
  chart: ChartId;
}

/** One chart on its own, for embeds. Default export: loaded lazily with Recharts. */
export default function SingleChart({ model, records, chart }: SingleChartProps) {
  const { t, formatPartialDate } = useI18n();
  const { meta } = model.dataset;
  const source = t('charts.source', {
    title: meta.title,
    asOf: formatPartialDate(meta.asOf),
    count: records.length,
  });
  const Card = CHARTS[chart];
  return (
    <div className="chart-gallery chart-single">
      <Card model={model} records={records} source={source} />
    </div>
  );
}
