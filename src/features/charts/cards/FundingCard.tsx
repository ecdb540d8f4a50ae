import { useMemo } from 'react';
import { fundingByActor, type FundingSide } from '../../../data/selectors/funding';
import { useI18n } from '../../../i18n/i18n-context';
import { fundingSeries } from '../builders/funding';
import { TOP_LIMIT } from '../builders/top-limit';
import { ChartCard } from '../ChartCard';
import { ChoiceGroup } from '../ChoiceGroup';
import { sentences } from '../notes';
import type { ChartSeries } from '../series';
import { ActorKindChoice } from './ActorKindChoice';
import type { CardProps } from './card-props';

const SIDES: readonly FundingSide[] = ['donor', 'recipient'];

/** Amounts per donor or recipient (joint amounts once, as their own bars), one currency at a time, with what has no amount said in words. */
export function FundingCard({ model, records, context, options, onOptionsChange }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { fundingSide: side, fundingBy: by, fundingCurrency: chosenCurrency } = options;
  const funding = useMemo(() => fundingByActor(model, records, { side, by }), [model, records, side, by]);
  // A currency the filters took away falls back to the one with most records, without forgetting the choice.
  const current =
    funding.currencies.find((entry) => entry.currency === chosenCurrency) ?? funding.currencies[0] ?? null;
  const series = useMemo<ChartSeries>(
    () =>
      current === null
        ? { categoryLabel: '', measures: [], rows: [], stacked: false, formatTick: String }
        : fundingSeries(model, current, by, i18n),
    [model, current, by, i18n],
  );
  const actorCount = (current?.actors.length ?? 0) + (current?.joint.length ?? 0);
  // Shares of larger activities are counted as shares; the reader is told how many there are.
  const shares = [...(current?.actors ?? []), ...(current?.joint ?? [])].reduce(
    (count, entry) => count + entry.shares,
    0,
  );
  return (
    <ChartCard
      title={t('charts.funding.title')}
      units={sentences(
        t('charts.funding.units', { side, by }),
        funding.shared > 0 && t('charts.funding.shared', { count: funding.shared, side }),
        shares > 0 && t('charts.funding.shares', { count: shares }),
        funding.withoutAmount > 0 &&
          t('charts.funding.withoutAmount', { count: funding.withoutAmount, side }),
        funding.withoutActor > 0 &&
          t('charts.funding.withoutActor', { count: funding.withoutActor, side, by }),
        actorCount > TOP_LIMIT && t('charts.topOf', { shown: TOP_LIMIT, total: actorCount }),
      )}
      controls={
        <>
          <ChoiceGroup
            legend={t('charts.funding.sideLegend')}
            choices={SIDES.map((value) => ({ value, label: t(`charts.funding.side.${value}`) }))}
            value={side}
            onChange={(fundingSide) => onOptionsChange({ fundingSide })}
          />
          <ActorKindChoice value={by} onChange={(fundingBy) => onOptionsChange({ fundingBy })} />
          {current !== null && (
            <ChoiceGroup
              legend={t('charts.funding.currencyLegend')}
              choices={funding.currencies.map((entry) => ({
                value: entry.currency,
                label: t('charts.funding.currencyOption', { currency: entry.currency, count: entry.records }),
              }))}
              value={current.currency}
              onChange={(fundingCurrency) => onOptionsChange({ fundingCurrency })}
            />
          )}
        </>
      }
      series={series}
      orientation="bars"
      emptyMessage={t('charts.funding.empty')}
      context={context}
      fileStem="funding"
    />
  );
}
