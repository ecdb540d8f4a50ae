import { useMemo } from 'react';
import { describeFilter, hasFilters } from '../../components/filter-description';
import type { CooperationRecord } from '../../data/schema/records';
import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';

/** What every chart figure says about where its numbers come from, on screen and in a download. */
export interface ChartContext {
  model: DatasetModel;
  /** "Source: <dataset>, as of <date>; N records under the current filters." */
  source: string;
  /**
   * The filters in words ("Records filtered by countries: Ukraine."), null when none are set: a
   * downloaded Ukraine-only chart must not read like a global ranking.
   */
  filters: string | null;
}

/** The source line and the filters in words for the charts of one view. */
export function useChartContext(
  model: DatasetModel,
  records: CooperationRecord[],
  filter: RecordFilter | null,
): ChartContext {
  const i18n = useI18n();
  const { t, formatPartialDate } = i18n;
  const { meta } = model.dataset;
  const source = t('charts.source', {
    title: meta.title,
    asOf: formatPartialDate(meta.asOf),
    count: records.length,
  });
  const filters =
    filter !== null && hasFilters(filter)
      ? t('charts.filters', { filters: describeFilter(model, filter, i18n) })
      : null;
  return useMemo(() => ({ model, source, filters }), [model, source, filters]);
}
