import { useId, type ReactNode } from 'react';
import type { PartyLinks } from '../../components/party-links';
import { RecordLink } from '../../components/RecordLink';
import { RichText, slot } from '../../components/rich-text';
import type { Party } from '../../data/schema/records';
import { partyCountry, type DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';

interface DetailPartiesProps {
  model: DatasetModel;
  parties: readonly Party[];
  /** Where names lead; without it (an embed, a test) the names are plain text. */
  links?: PartyLinks | undefined;
}

/**
 * Who took part, each with its country and role, and what the sources add about it. An
 * organisation's name leads to its records, a country's to its profile.
 */
export function DetailParties({ model, parties, links }: DetailPartiesProps) {
  const { t } = useI18n();
  const headingId = useId();
  const countryLink = (iso3: string): ReactNode =>
    links === undefined || !model.countriesByIso3.has(iso3) ? (
      countryName(model, iso3)
    ) : (
      <RecordLink href={links.countryHref(iso3)} onOpen={() => links.openCountry(iso3)}>
        {countryName(model, iso3)}
      </RecordLink>
    );
  const organisationLink = (id: string): ReactNode =>
    links === undefined || !model.organisationsById.has(id) ? (
      organisationName(model, id)
    ) : (
      <RecordLink href={links.organisationHref(id)} onOpen={() => links.openOrganisation(id)}>
        {organisationName(model, id)}
      </RecordLink>
    );
  const entry = (party: Party) => {
    const country = partyCountry(model, party);
    const role = t(`role.${party.role}`);
    const line = t('recordDetail.partyRole', { party: slot('party'), role });
    if (party.organisation === undefined) {
      return <RichText message={line} slots={{ party: countryLink(country ?? '') }} />;
    }
    const organisation = organisationLink(party.organisation);
    // International bodies have no country to name.
    const named =
      country === null ? (
        organisation
      ) : (
        <RichText
          message={t('recordDetail.partyWithCountry', { name: slot('name'), country: slot('country') })}
          slots={{ name: organisation, country: countryLink(country) }}
        />
      );
    return <RichText message={line} slots={{ party: named }} />;
  };
  return (
    <div className="record-detail-section">
      <h3 id={headingId}>{t('recordDetail.parties')}</h3>
      <ul className="detail-entries" aria-labelledby={headingId}>
        {parties.map((party, index) => (
          <li key={index}>
            {entry(party)}
            {party.note !== undefined && <p className="detail-note">{party.note}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
