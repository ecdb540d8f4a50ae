import { Fragment } from 'react';
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
  const text = moneyText(i18n, {
    currency: amount.currency,
    min,
    max,
    atLeast: amount.qualifier === 'at-least',
    about: amount.qualifier === 'about',
  });
  return (
    <>
      {withGroupBreaks(text)}
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

// A digit-group separator (",", or the no-break spaces Ukrainian and French group with) between digits.
const GROUP_SEPARATOR = /(?<=\d[,\u00a0\u202f])(?=\d)/;

/**
 * The amount with a line-break opportunity after each digit-group separator: in a narrow column
 * "US$1,200,000,000" then wraps as "US$1,200,000,|000", not at any digit. Only the display changes:
 * <wbr> adds no text, so the cell reads and copies as one figure.
 */
function withGroupBreaks(text: string) {
  const parts = text.split(GROUP_SEPARATOR);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
