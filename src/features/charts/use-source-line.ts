import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';

/** "Source: <dataset>, as of <date>; N records under the current filters.", the line under every chart. */
export function useSourceLine(model: DatasetModel, records: CooperationRecord[]): string {
  const { t, formatPartialDate } = useI18n();
  const { meta } = model.dataset;
  return t('charts.source', { title: meta.title, asOf: formatPartialDate(meta.asOf), count: records.length });
}
