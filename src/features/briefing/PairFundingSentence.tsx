import type { ReactNode } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import type { MoneySum } from '../../data/selectors/money-sum';
import { countryName } from '../../data/selectors/names';
import type { PairFunding } from '../../data/selectors/pair-funding';
import { useI18n } from '../../i18n/i18n-context';
import { moneyText } from '../../i18n/money-text';
import { listOf } from './lists';
import { NoteRef } from './NoteRef';
import { partnerName } from './PairFundingFigures';
import { RichText, slot } from './rich-text';

/**
 * "Japan funded Cambodia with at least US$200m (1994–2025) and ¥1,000,000,000 (2020–2022), and in 1
 * more partnership without an amount.": each currency apart, joint amounts with their partners.
 */
export function PairFundingSentence({ model, funding }: { model: DatasetModel; funding: PairFunding }) {
  const i18n = useI18n();
  const { t } = i18n;
  const slots: Record<string, ReactNode> = {};
  const cite = (key: string, sourceIds: readonly string[]) => {
    slots[key] = <NoteRef sourceIds={sourceIds} />;
    return slot(key);
  };
  const sumWords = (sum: MoneySum) =>
    sum.period === null
      ? moneyText(i18n, sum)
      : `${moneyText(i18n, sum)} ${t('briefing.funding.period', { period: i18n.formatPeriod(sum.period.start, sum.period.end) })}`;
  const items = funding.byCurrency.flatMap((total) => [
    ...(total.soleRecords.count > 0
      ? [
          t('briefing.pair.summary.fundingOwn', {
            amount: sumWords(total.sole),
            notes: cite(`own${total.currency}`, total.soleRecords.sourceIds),
          }),
        ]
      : []),
    ...total.joint.map((joint, index) =>
      t('briefing.pair.summary.fundingJoint', {
        amount: sumWords(joint.sum),
        partners: listOf(
          i18n.locale,
          joint.partners.map((partner) => partnerName(model, partner)),
        ),
        notes: cite(`joint${total.currency}${index}`, joint.sourceIds),
      }),
    ),
  ]);
  const { count, sourceIds } = funding.withoutAmount;
  if (count > 0 && items.length > 0)
    items.push(t('briefing.pair.summary.fundingMore', { count, notes: cite('more', sourceIds) }));
  const names = {
    donor: countryName(model, funding.donor),
    recipient: countryName(model, funding.recipient),
  };
  const message =
    items.length === 0
      ? t('briefing.pair.summary.fundingNoAmount', { ...names, count, notes: cite('more', sourceIds) })
      : t('briefing.pair.summary.funding', { ...names, amounts: listOf(i18n.locale, items) });
  return (
    <span className="summary-sentence">
      <RichText message={message} slots={slots} />{' '}
    </span>
  );
}
