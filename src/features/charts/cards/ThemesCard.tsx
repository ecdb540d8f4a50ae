import { useMemo } from 'react';
import { recordsPerTheme } from '../../../data/selectors/themes';
import { useI18n } from '../../../i18n/i18n-context';
import { themesSeries } from '../builders/themes';
import type { Theme } from '../../../data/schema/vocabulary';
import { themeBarFilter } from '../bar-filters';
import { ChartCard } from '../ChartCard';
import { rowLinks } from '../row-links';
import { asCount } from '../series';
import { sentences } from '../notes';
import type { CardProps } from './card-props';

/** Records per theme; a record with several themes counts in each. */
export function ThemesCard({ records, context, openRecords }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const perTheme = useMemo(() => recordsPerTheme(records), [records]);
  const series = useMemo(() => themesSeries(perTheme.themes, i18n), [perTheme, i18n]);
  const rowLink = rowLinks(
    openRecords,
    (base, row) => themeBarFilter(base, row.id as Theme),
    (row) => asCount(row.values.records),
  );
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
      context={context}
      rowLink={rowLink}
      fileStem="themes"
    />
  );
}
