import type { FundingTotals } from '../../data/selectors/country-funding';
import { useI18n } from '../../i18n/i18n-context';
import { NoteRef } from './NoteRef';

/** Funding given and received, per currency (never added across currencies), with joint totals said as such. */
export function CountryFunding({ given, received }: { given: FundingTotals; received: FundingTotals }) {
  const { t } = useI18n();
  return (
    <section className="briefing-section briefing-funding" aria-labelledby="briefing-funding-heading">
      <h2 id="briefing-funding-heading">{t('briefing.funding.heading')}</h2>
      <dl className="briefing-figures">
        <FundingCard label={t('briefing.funding.given')} totals={given} />
        <FundingCard label={t('briefing.funding.received')} totals={received} />
      </dl>
      <p className="briefing-caveat">{t('briefing.funding.caveat')}</p>
    </section>
  );
}

function FundingCard({ label, totals }: { label: string; totals: FundingTotals }) {
  const { t, formatCurrency } = useI18n();
  const money = (min: number, max: number, currency: string) =>
    min === max
      ? formatCurrency(min, currency)
      : t('briefing.range', { min: formatCurrency(min, currency), max: formatCurrency(max, currency) });
  const empty = totals.byCurrency.length === 0 && totals.withoutAmount.count === 0;
  return (
    <div className="figure-card">
      <dt>{label}</dt>
      <dd>
        {empty && t('briefing.funding.none')}
        <ul className="figure-detail funding-list">
          {totals.byCurrency.map((total) => (
            <li key={total.currency}>
              <span className="figure-value">{money(total.sum.min, total.sum.max, total.currency)}</span>
              <span className="funding-records">
                {t('briefing.funding.records', { count: total.count })}
                <NoteRef sourceIds={total.sourceIds} />
                {total.joint.count > 0 && (
                  <>
                    {t('briefing.funding.jointSeparator')}
                    {t('briefing.funding.joint', { count: total.joint.count })}
                    <NoteRef sourceIds={total.joint.sourceIds} />
                  </>
                )}
              </span>
            </li>
          ))}
          {totals.withoutAmount.count > 0 && (
            <li>
              {t('briefing.funding.withoutAmount', { count: totals.withoutAmount.count })}
              <NoteRef sourceIds={totals.withoutAmount.sourceIds} />
            </li>
          )}
        </ul>
      </dd>
    </div>
  );
}
