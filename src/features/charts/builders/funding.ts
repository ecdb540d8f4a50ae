import type { ActorKind } from '../../../data/selectors/actors';
import type { CurrencyFunding } from '../../../data/selectors/funding';
import type { DatasetModel } from '../../../data/selectors/model';
import type { Translator } from '../../../i18n/translator';
import { PALETTE } from '../palette';
import type { ChartSeries, RangeMeasure } from '../series';
import { actorAxisName, actorName } from './actor-names';
import { compactCurrency, countText, rangeText } from './formats';
import { TOP_LIMIT } from './top-limit';

/** Amounts in one currency per donor or recipient, disputed sums as ranges, largest first. */
export function fundingSeries(
  model: DatasetModel,
  funding: CurrencyFunding,
  by: ActorKind,
  i18n: Translator,
): ChartSeries {
  const { currency } = funding;
  const compact = compactCurrency(i18n, currency);
  const amount: RangeMeasure = {
    key: 'amount',
    label: i18n.t('charts.funding.amount', { currency }),
    draw: 'range',
    color: PALETTE.blue,
    lowLabel: i18n.t('charts.funding.low'),
    uncertainLabel: i18n.t('charts.funding.uncertain'),
    format: rangeText(i18n, (value) => i18n.formatCurrency(value, currency)),
  };
  const shortAmount = rangeText(i18n, compact);
  return {
    categoryLabel: i18n.t('charts.actorKind.header', { by }),
    measures: [
      amount,
      { key: 'records', label: i18n.t('charts.funding.records'), draw: 'none', format: countText(i18n) },
    ],
    rows: funding.actors.slice(0, TOP_LIMIT).map((actor) => ({
      id: actor.id,
      label: actorName(model, by, actor.id),
      axisLabel: actorAxisName(model, by, actor.id),
      values: { amount: { min: actor.min, max: actor.max }, records: actor.records },
    })),
    stacked: false,
    formatTick: compact,
    directLabel: (row) => shortAmount(row.values.amount ?? 0),
  };
}
