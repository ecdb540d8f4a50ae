import { useMemo } from 'react';
import { recordsPerTheme } from '../../../data/selectors/themes';
import { useI18n } from '../../../i18n/i18n-context';
import { themesSeries } from '../builders/themes';
import { ChartCard } from '../ChartCard';
import { sentences } from '../notes';
import type { CardProps } from './card-props';

/** Records per theme; a record with several themes counts in each. */
export function ThemesCard({ records, source }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const perTheme = useMemo(() => recordsPerTheme(records), [records]);
  const series = useMemo(() => themesSeries(perTheme.themes, i18n), [perTheme, i18n]);
  return (
    <ChartCard
      title={t('charts.themes.title')}
      units={sentences(
        t('charts.themes.units'),
        perTheme.withoutTheme > 0 && t('charts.themes.withoutTheme', { count: perTheme.withoutTheme }),
      )}
      series={series}
      orientation="bars"
      emptyMessage={t('charts.themes.empty')}
      source={source}
      fileStem="themes"
    />
  );
}
