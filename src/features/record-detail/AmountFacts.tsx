import type { Amount } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { moneyText } from '../../i18n/money-text';
import { FigureDetail } from './FigureDetail';

interface AmountFactsProps {
  model: DatasetModel;
  amount: Amount;
  recordSources: readonly string[];
}

/**
 * A partnership's amount as its sources give it: "at least" or "about", the stage of money, the
 * mine-action share beside the activity's whole value, and each donor's part where the sources split it.
 */
export function AmountFacts({ model, amount, recordSources }: AmountFactsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { currency, share, contributions } = amount;
  const money = (value: number) =>
    moneyText(i18n, {
      currency,
      min: value,
      max: value,
      atLeast: amount.qualifier === 'at-least',
      about: amount.qualifier === 'about',
    });
  const exact = (value: number) => moneyText(i18n, { currency, min: value, max: value });
  const given = (contributions ?? []).reduce((sum, part) => sum + part.value, 0);
  const low =
    typeof amount.value === 'number' ? amount.value : Math.min(...amount.value.values.map((v) => v.value));
  return (
    <>
      <dt>{t('recordDetail.amount')}</dt>
      <dd>
        <FigureDetail model={model} figure={amount.value} recordSources={recordSources} format={money} />
        {share !== undefined && (
          <p className="detail-note">
            {t('recordDetail.share', {
              percent: i18n.formatNumber(share.percent / 100, { style: 'percent', maximumFractionDigits: 2 }),
              whole: exact(share.whole),
            })}
          </p>
        )}
        {amount.note !== undefined && <p className="detail-note">{amount.note}</p>}
      </dd>
      {amount.basis !== undefined && (
        <>
          <dt>{t('recordDetail.basis')}</dt>
          <dd>{t('recordDetail.basisValue', { basis: amount.basis })}</dd>
        </>
      )}
      {contributions !== undefined && (
        <>
          <dt>{t('recordDetail.contributions')}</dt>
          <dd>
            <ul className="detail-list">
              {contributions.map((part, index) => (
                <li key={index}>
                  {t('recordDetail.contribution', {
                    donor:
                      part.organisation !== undefined
                        ? organisationName(model, part.organisation)
                        : countryName(model, part.country ?? ''),
                    amount: exact(part.value),
                  })}
                </li>
              ))}
              {low - given > 0 && (
                <li>
                  {t('recordDetail.contributionsRest', {
                    amount: money(low - given),
                  })}
                </li>
              )}
            </ul>
          </dd>
        </>
      )}
    </>
  );
}
