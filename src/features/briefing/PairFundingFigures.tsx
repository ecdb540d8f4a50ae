import type { Partner } from '../../data/selectors/funding-split';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import type { PairFunding } from '../../data/selectors/pair-funding';
import { useI18n } from '../../i18n/i18n-context';
import { listOf } from './lists';
import { NoteRef } from './NoteRef';
import { SumText } from './SumText';

/** A partner sharing an amount, by name. */
export function partnerName(model: DatasetModel, partner: Partner): string {
  return partner.kind === 'country' ? countryName(model, partner.id) : organisationName(model, partner.id);
}

/**
 * The money one country of a pair gave the other, one card per direction: per currency what the
 * sources give as the donor's own for the recipient alone, then shared amounts once with their
 * partners, then funding without an amount. Qualifiers ("at least") stay on every total.
 */
export function PairFundingFigures({ model, funding }: { model: DatasetModel; funding: PairFunding[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return funding.map((direction) => (
    <div className="figure-card figure-card-money" key={direction.donor}>
      <dt>
        {t('briefing.pair.figure.funding', {
          donor: countryName(model, direction.donor),
          recipient: countryName(model, direction.recipient),
        })}
      </dt>
      <dd>
        <ul className="figure-detail funding-list">
          {direction.byCurrency.flatMap((total) => [
            total.soleRecords.count > 0 && (
              <li key={total.currency}>
                <SumText sum={total.sole} />
                <span className="funding-records">
                  {t('briefing.funding.records', { count: total.soleRecords.count })}
                  <NoteRef sourceIds={total.soleRecords.sourceIds} />
                </span>
              </li>
            ),
            ...total.joint.map((joint) => (
              <li key={`${total.currency}-${joint.recordIds.join()}`} className="funding-joint">
                {t('briefing.funding.jointWith', {
                  partners: listOf(
                    i18n.locale,
                    joint.partners.map((partner) => partnerName(model, partner)),
                  ),
                })}{' '}
                <SumText sum={joint.sum} />
                <span className="funding-records">
                  {t('briefing.funding.records', { count: joint.count })}
                  <NoteRef sourceIds={joint.sourceIds} />
                </span>
              </li>
            )),
          ])}
          {direction.withoutAmount.count > 0 && (
            <li>
              {t(
                direction.byCurrency.length === 0
                  ? 'briefing.pair.figure.fundingNoAmount'
                  : 'briefing.funding.withoutAmount',
                { count: direction.withoutAmount.count },
              )}
              <NoteRef sourceIds={direction.withoutAmount.sourceIds} />
            </li>
          )}
        </ul>
      </dd>
    </div>
  ));
}
