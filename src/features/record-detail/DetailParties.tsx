import { useId } from 'react';
import type { Party } from '../../data/schema/records';
import { partyCountry, type DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';

/** Who took part, each with its country and role, and what the sources add about it. */
export function DetailParties({ model, parties }: { model: DatasetModel; parties: readonly Party[] }) {
  const { t } = useI18n();
  const headingId = useId();
  const nameOf = (party: Party) => {
    const country = partyCountry(model, party);
    if (party.organisation === undefined) return countryName(model, country ?? '');
    const name = organisationName(model, party.organisation);
    // International bodies have no country to name.
    return country === null
      ? name
      : t('recordDetail.partyWithCountry', { name, country: countryName(model, country) });
  };
  return (
    <div className="record-detail-section">
      <h3 id={headingId}>{t('recordDetail.parties')}</h3>
      <ul className="detail-entries" aria-labelledby={headingId}>
        {parties.map((party, index) => (
          <li key={index}>
            {t('recordDetail.partyRole', { party: nameOf(party), role: t(`role.${party.role}`) })}
            {party.note !== undefined && <p className="detail-note">{party.note}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
