import type { YearTypeCount } from '../../../data/selectors/by-year';
import { RECORD_TYPES, type RecordType } from '../../../data/schema/vocabulary';
import type { Translator } from '../../../i18n/translator';
import { PALETTE } from '../palette';
import type { ChartSeries } from '../series';
import { countText, yearText } from './formats';

// Stacked bottom to top in this order, which is also the legend's and the table's.
const TYPE_COLORS: Record<RecordType, string> = {
  partnership: PALETTE.blue,
  training: PALETTE.vermillion,
  event: PALETTE.green,
};

/** Records per year, one stacked bar per year and one segment per kind of record. */
export function recordsPerYearSeries(rows: YearTypeCount[], i18n: Translator): ChartSeries {
  const format = countText(i18n);
  return {
    categoryLabel: i18n.t('charts.perYear.year'),
    measures: RECORD_TYPES.map((type) => ({
      key: type,
      label: i18n.t(`charts.kind.${type}`),
      draw: 'bar',
      color: TYPE_COLORS[type],
      format,
    })),
    rows: rows.map((row) => ({
      id: String(row.year),
      label: yearText(i18n, row.year),
      values: { partnership: row.partnership, training: row.training, event: row.event },
    })),
    stacked: true,
    formatTick: (value) => i18n.formatNumber(value),
  };
}
