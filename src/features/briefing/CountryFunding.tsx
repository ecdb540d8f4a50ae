import type { CurrencyTotal, FundingTotals, JointTotal } from '../../data/selectors/country-funding';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { listOf } from './lists';
import { NoteRef } from './NoteRef';
import { SumText } from './SumText';

interface FundingProps {
  model: DatasetModel;
  /** The country of the profile, left out of its own joint partners. */
  iso3: string;
  given: FundingTotals;
  received: FundingTotals;
}

/**
 * Funding given and received, per currency (never added across currencies): what the country gave or
 * received alone, then each joint amount once with its partners, every total with its qualifier and period.
 */
export function CountryFunding({ model, iso3, given, received }: FundingProps) {
  const { t } = useI18n();
  return (
    <section className="briefing-section briefing-funding" aria-labelledby="briefing-funding-heading">
      <h2 id="briefing-funding-heading">{t('briefing.funding.heading')}</h2>
      <dl className="briefing-figures">
        <FundingCard model={model} iso3={iso3} label={t('briefing.funding.given')} totals={given} />
        <FundingCard model={model} iso3={iso3} label={t('briefing.funding.received')} totals={received} />
      </dl>
      <p className="briefing-caveat">{t('briefing.funding.caveat')}</p>
    </section>
  );
}

interface CardProps {
  model: DatasetModel;
  iso3: string;
  label: string;
  totals: FundingTotals;
}

function FundingCard({ model, iso3, label, totals }: CardProps) {
  const { t } = useI18n();
  const empty = totals.byCurrency.length === 0 && totals.withoutAmount.count === 0;
  return (
    <div className="figure-card">
      <dt>{label}</dt>
      <dd>
        {empty && t('briefing.funding.none')}
        <ul className="figure-detail funding-list">
          {totals.byCurrency.flatMap((total) => [
            total.own.count > 0 && <OwnLine key={total.currency} total={total} />,
            ...total.joint.map((joint) => (
              <JointLine
                key={`${total.currency}-${joint.recordIds.join()}`}
                model={model}
                iso3={iso3}
                joint={joint}
              />
            )),
          ])}
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

function OwnLine({ total }: { total: CurrencyTotal }) {
  const { t } = useI18n();
  return (
    <li>
      <SumText sum={total.sum} />
      <span className="funding-records">
        {t('briefing.funding.records', { count: total.own.count })}
        <NoteRef sourceIds={total.own.sourceIds} />
      </span>
    </li>
  );
}

function JointLine({ model, iso3, joint }: { model: DatasetModel; iso3: string; joint: JointTotal }) {
  const i18n = useI18n();
  const others = joint.partners
    .filter((partner) => !(partner.kind === 'country' && partner.id === iso3))
    .map((partner) =>
      partner.kind === 'country' ? countryName(model, partner.id) : organisationName(model, partner.id),
    );
  return (
    <li className="funding-joint">
      {i18n.t('briefing.funding.jointWith', { partners: listOf(i18n.locale, others) })}{' '}
      <SumText sum={joint.sum} />
      <span className="funding-records">
        {i18n.t('briefing.funding.records', { count: joint.count })}
        <NoteRef sourceIds={joint.sourceIds} />
      </span>
    </li>
  );
}
