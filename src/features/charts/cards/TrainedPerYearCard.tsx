import { useMemo } from 'react';
import { peopleTrainedPerYear } from '../../../data/selectors/trained';
import { useI18n } from '../../../i18n/i18n-context';
import { trainedPerYearSeries } from '../builders/trained-per-year';
import { ChartCard } from '../ChartCard';
import { sentences } from '../notes';
import type { CardProps } from './card-props';

/** People trained per year, disputed counts as a range, trainings without a number said in words. */
export function TrainedPerYearCard({ records, context }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows = useMemo(() => peopleTrainedPerYear(records), [records]);
  const series = useMemo(() => trainedPerYearSeries(rows, i18n), [rows, i18n]);
  const withoutCount = rows.reduce((sum, row) => sum + row.trainingsWithoutCount, 0);
  return (
    <ChartCard
      title={t('charts.trained.title')}
      units={sentences(
        t('charts.trained.units'),
        withoutCount > 0 && t('charts.trained.withoutCount', { count: withoutCount }),
      )}
      series={series}
      orientation="columns"
      emptyMessage={t('charts.trained.empty')}
      context={context}
      fileStem="trained-per-year"
    />
  );
}
