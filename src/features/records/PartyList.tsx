import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';

/** Who took part in a record, in which role. */
export function PartyList({ model, record }: { model: DatasetModel; record: CooperationRecord }) {
  const { t } = useI18n();
  return (
    <div className="parties">
      <h4>{t('records.parties')}</h4>
      <ul>
        {record.parties.map((party, index) => (
          <li key={index}>
            {party.organisation
              ? organisationName(model, party.organisation)
              : countryName(model, party.country ?? '')}
            {party.organisation && party.country && ` (${countryName(model, party.country)})`}
            {' — '}
            <span className="role">{t(`role.${party.role}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
