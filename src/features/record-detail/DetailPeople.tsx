import { useId } from 'react';
import type { Person } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';

/** The people the sources name, with their titles as given, whom they represent, and any caveat. */
export function DetailPeople({ model, people }: { model: DatasetModel; people: readonly Person[] }) {
  const { t } = useI18n();
  const headingId = useId();
  if (people.length === 0) return null;
  const affiliation = (person: Person) => {
    if (person.organisation === undefined)
      return person.country === undefined ? null : countryName(model, person.country);
    const name = organisationName(model, person.organisation);
    return person.country === undefined
      ? name
      : t('recordDetail.partyWithCountry', { name, country: countryName(model, person.country) });
  };
  return (
    <div className="record-detail-section">
      <h3 id={headingId}>{t('recordDetail.people')}</h3>
      <ul className="detail-entries" aria-labelledby={headingId}>
        {people.map((person, index) => {
          const representing = affiliation(person);
          return (
            <li key={index}>
              <span className="person-name">{person.name}</span>
              {person.title !== undefined && <span className="detail-line">{person.title}</span>}
              {representing !== null && <span className="detail-line detail-secondary">{representing}</span>}
              {person.note !== undefined && <p className="detail-note">{person.note}</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
