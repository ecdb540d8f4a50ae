import type { MoneySum } from '../../data/selectors/money-sum';
import { useI18n } from '../../i18n/i18n-context';
import { moneyText } from '../../i18n/money-text';

/** A total in words ("at least US$2.06bn") with the period it covers and whether it counts mine-action shares. */
export function SumText({ sum }: { sum: MoneySum }) {
  const i18n = useI18n();
  return (
    <>
      <span className="figure-value">{moneyText(i18n, sum)}</span>{' '}
      {sum.period !== null && (
        <span className="funding-period">
          {i18n.t('briefing.funding.period', { period: i18n.formatPeriod(sum.period.start, sum.period.end) })}
        </span>
      )}{' '}
      {sum.shares > 0 && (
        <span className="funding-shares">{i18n.t('briefing.funding.shares', { count: sum.shares })} </span>
      )}
    </>
  );
}
