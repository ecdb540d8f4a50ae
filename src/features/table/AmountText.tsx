import type { CooperationRecord } from '../../data/schema/records';
import { figureRange } from '../../data/selectors/figures';
import { useI18n } from '../../i18n/i18n-context';
import { moneyText } from '../../i18n/money-text';

/**
 * A record's amount for a table cell: with its qualifier ("at least US$70,000,000"), as a range
 * where sources disagree, and a short note when it is the mine-action share of a larger activity.
 */
export function AmountText({ record }: { record: CooperationRecord }) {
  const i18n = useI18n();
  const { t } = i18n;
  const amount = record.type === 'partnership' ? record.amount : undefined;
  if (amount === undefined) return <span className="cell-missing">{t('table.noAmount')}</span>;
  const { min, max } = figureRange(amount.value);
  return (
    <>
      {moneyText(i18n, {
        currency: amount.currency,
        min,
        max,
        atLeast: amount.qualifier === 'at-least',
        about: amount.qualifier === 'about',
      })}
      {amount.share !== undefined && (
        <span className="cell-secondary">
          {t('table.share', {
            percent: i18n.formatNumber(amount.share.percent / 100, {
              style: 'percent',
              maximumFractionDigits: 2,
            }),
          })}
        </span>
      )}
    </>
  );
}
