import type { ThemeCount } from '../../../data/selectors/themes';
import type { Translator } from '../../../i18n/translator';
import { shortenLabel } from '../axis-label';
import { PALETTE } from '../palette';
import { cellText, type BarMeasure, type ChartSeries } from '../series';
import { countText } from './formats';

/** Records per theme, one bar each, most records first. */
export function themesSeries(themes: ThemeCount[], i18n: Translator): ChartSeries {
  const records: BarMeasure = {
    key: 'records',
    label: i18n.t('charts.measure.records'),
    draw: 'bar',
    color: PALETTE.blue,
    format: countText(i18n),
  };
  return {
    categoryLabel: i18n.t('charts.themes.theme'),
    measures: [records],
    rows: themes.map(({ theme, count }) => {
      const label = i18n.t(`theme.${theme}`);
      return { id: theme, label, axisLabel: shortenLabel(label), values: { records: count } };
    }),
    stacked: false,
    formatTick: (value) => i18n.formatNumber(value),
    directLabel: (row) => cellText(records, row),
  };
}
