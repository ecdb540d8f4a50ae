import type { ActorKind } from '../../../data/selectors/actors';
import type { Partner } from '../../../data/selectors/funding-split';
import type { CurrencyFunding } from '../../../data/selectors/funding';
import type { DatasetModel } from '../../../data/selectors/model';

import { moneyText } from '../../../i18n/money-text';
import type { Translator } from '../../../i18n/translator';
import { shortenLabel } from '../axis-label';
import { PALETTE } from '../palette';
import type { ChartSeries, RangeMeasure, SeriesRow } from '../series';
import { actorAxisName, actorName } from './actor-names';
import { compactCurrency, countText } from './formats';
import { TOP_LIMIT } from './top-limit';

/**
 * Amounts in one currency per donor or recipient, largest first: each actor's bar is what the sources
 * attribute to it alone, and each joint amount is one bar of its own, named by its partners. The
 * table, tooltip and bar labels say "at least" and "about" where the sums do.
 */
export function fundingSeries(
  model: DatasetModel,
  funding: CurrencyFunding,
  by: ActorKind,
  i18n: Translator,
): ChartSeries {
  const { currency } = funding;
  const entries = [
    ...funding.actors.map((actor) => ({
      sum: actor,
      id: actor.id,
      label: actorName(model, by, actor.id),
      axisLabel: actorAxisName(model, by, actor.id),
    })),
    ...funding.joint.map((joint) => ({
      sum: joint,
      id: joint.id,
      label: i18n.t('charts.funding.jointLabel', { partners: partnerList(model, joint.partners, i18n) }),
      axisLabel: shortenLabel(
        i18n.t('charts.funding.jointLabel', { partners: partnerCodes(model, joint.partners) }),
      ),
    })),
  ]
    .sort((a, b) => b.sum.max - a.sum.max || b.sum.min - a.sum.min)
    .slice(0, TOP_LIMIT);
  // The table and tooltip read a row's qualifiers and period from here (a measure value holds only numbers).
  const sums = new Map(entries.map((entry) => [entry.id, entry.sum]));
  const sumOf = (row: SeriesRow) => sums.get(row.id);
  const amount: RangeMeasure = {
    key: 'amount',
    label: i18n.t('charts.funding.amount', { currency }),
    draw: 'range',
    color: PALETTE.blue,
    lowLabel: i18n.t('charts.funding.low'),
    uncertainLabel: i18n.t('charts.funding.uncertain'),
    format: (_value, row) => {
      const sum = sumOf(row);
      return sum === undefined ? '' : moneyText(i18n, sum);
    },
  };
  return {
    categoryLabel: i18n.t('charts.actorKind.header', { by }),
    measures: [
      amount,
      {
        key: 'period',
        label: i18n.t('charts.funding.period'),
        draw: 'none',
        format: (_value, row) => {
          const period = sumOf(row)?.period;
          return period == null ? '' : i18n.formatPeriod(period.start, period.end);
        },
      },
      { key: 'records', label: i18n.t('charts.funding.records'), draw: 'none', format: countText(i18n) },
    ],
    rows: entries.map((entry) => ({
      id: entry.id,
      label: entry.label,
      axisLabel: entry.axisLabel,
      values: { amount: { min: entry.sum.min, max: entry.sum.max }, period: 0, records: entry.sum.records },
    })),
    stacked: false,
    formatTick: compactCurrency(i18n, currency),
    directLabel: (row) => {
      const sum = sumOf(row);
      return sum === undefined ? '' : moneyText(i18n, sum, { compact: true });
    },
  };
}

function partnerList(model: DatasetModel, partners: readonly Partner[], i18n: Translator): string {
  const names = partners.map((partner) => actorName(model, partner.kind, partner.id));
  return new Intl.ListFormat(i18n.locale, { style: 'short', type: 'conjunction' }).format(names);
}

// Codes and acronyms keep a joint bar's axis label short: "Joint: USA, CHE, NOR, …".
function partnerCodes(model: DatasetModel, partners: readonly Partner[]): string {
  return partners
    .map((partner) =>
      partner.kind === 'country'
        ? partner.id
        : (model.organisationsById.get(partner.id)?.acronym ?? partner.id),
    )
    .join(', ');
}
