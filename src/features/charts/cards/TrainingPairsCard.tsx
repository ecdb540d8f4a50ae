import { useMemo } from 'react';
import { trainingPairs } from '../../../data/selectors/training-pairs';
import { useI18n } from '../../../i18n/i18n-context';
import { TOP_LIMIT } from '../builders/top-limit';
import { trainingPairsSeries } from '../builders/training-pairs';
import { ChartCard } from '../ChartCard';
import { sentences } from '../notes';
import type { CardProps } from './card-props';

/** People trained from each trainer country to each trainee country. */
export function TrainingPairsCard({ model, records, context }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { pairs, unpaired, withoutCount } = useMemo(() => trainingPairs(model, records), [model, records]);
  const series = useMemo(() => trainingPairsSeries(model, pairs, i18n), [model, pairs, i18n]);
  return (
    <ChartCard
      title={t('charts.pairs.title')}
      units={sentences(
        t('charts.pairs.units'),
        withoutCount > 0 && t('charts.trained.withoutCount', { count: withoutCount }),
        unpaired > 0 && t('charts.pairs.unpaired', { count: unpaired }),
        pairs.length > TOP_LIMIT && t('charts.topOf', { shown: TOP_LIMIT, total: pairs.length }),
      )}
      series={series}
      orientation="bars"
      emptyMessage={t('charts.pairs.empty')}
      context={context}
      fileStem="training-pairs"
    />
  );
}
