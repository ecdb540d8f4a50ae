import { useMemo } from 'react';
import { recordsPerYearByType } from '../../../data/selectors/by-year';
import { useI18n } from '../../../i18n/i18n-context';
import { recordsPerYearSeries } from '../builders/records-per-year';
import { ChartCard } from '../ChartCard';
import type { CardProps } from './card-props';

/** Records per year, stacked by kind. */
export function RecordsPerYearCard({ records, context }: CardProps) {
  const i18n = useI18n();
  const series = useMemo(() => recordsPerYearSeries(recordsPerYearByType(records), i18n), [records, i18n]);
  return (
    <ChartCard
      title={i18n.t('charts.perYear.title')}
      units={i18n.t('charts.perYear.units')}
      series={series}
      orientation="columns"
      emptyMessage={i18n.t('charts.perYear.empty')}
      context={context}
      fileStem="records-per-year"
    />
  );
}
