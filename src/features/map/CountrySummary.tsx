import { useMemo } from 'react';
import type { BriefLinks } from '../../components/brief-links';
import type { RecordsLink } from '../../components/record-links';
import { RecordLink } from '../../components/RecordLink';
import type { CooperationRecord } from '../../data/schema/records';
import type { Role } from '../../data/schema/vocabulary';
import { countryOrganisations, type OrganisationCount } from '../../data/selectors/country-organisations';
import type { DatasetModel } from '../../data/selectors/model';
import { organisationName } from '../../data/selectors/names';
import { countryPartners, countryRoles } from '../../data/selectors/partners';
import { useI18n } from '../../i18n/i18n-context';
import { ShortList } from './ShortList';

interface CountrySummaryProps {
  model: DatasetModel;
  records: CooperationRecord[];
  iso3: string;
  recordCount: number;
  name: (iso3: string) => string;
  onClear: () => void;
  /** Where present, the summary leads on to the country's profile. */
  briefLinks?: BriefLinks | undefined;
  /** Where present, the summary leads on to the country's records (a filter, on the Records tab). */
  recordsLink?: RecordsLink | undefined;
}

/** The selected country: how many records, in which roles, with which partner countries and organisations. */
export function CountrySummary(props: CountrySummaryProps) {
  const { model, records, iso3, recordCount, name, onClear, briefLinks, recordsLink } = props;
  const { t, locale } = useI18n();
  const roles = useMemo(() => countryRoles(model, records, iso3), [model, records, iso3]);
  const partners = useMemo(() => countryPartners(model, records, iso3), [model, records, iso3]);
  const organisations = useMemo(() => countryOrganisations(model, records, iso3), [model, records, iso3]);
  const list = useMemo(() => new Intl.ListFormat(locale, { type: 'conjunction' }), [locale]);
  const roleNames = (items: Role[]) => list.format(items.map((role) => t(`role.${role}`)));
  const countryName = name(iso3);

  return (
    <section className="map-selection" aria-labelledby="map-selection-heading">
      <div className="map-selection-head">
        <h2 id="map-selection-heading">{countryName}</h2>
        <button type="button" onClick={onClear}>
          {t('map.selection.clear')}
        </button>
      </div>
      <p>{t('map.selection.records', { count: recordCount })}</p>
      {recordsLink !== undefined && (
        <p>
          <RecordLink className="map-records-link" href={recordsLink.href} onOpen={recordsLink.open}>
            {t('map.selection.showRecords', { name: countryName, count: recordsLink.count })}
          </RecordLink>
        </p>
      )}
      {briefLinks !== undefined && (
        <p>
          {/* RecordLink is the app's in-place link: a plain click opens the profile without a reload. */}
          <RecordLink
            className="map-brief-link"
            href={briefLinks.countryHref(iso3)}
            onOpen={() => briefLinks.openCountry(iso3)}
          >
            {t('briefs.countryLink', { name: countryName })}
          </RecordLink>
        </p>
      )}

      <h3>{t('map.selection.roles')}</h3>
      {roles.length === 0 ? (
        <p>{t('map.selection.noRoles')}</p>
      ) : (
        <ul>
          {roles.map(({ role, count }) => (
            <li key={role}>{t('map.selection.role', { role: t(`role.${role}`), count })}</li>
          ))}
        </ul>
      )}

      <h3>{t('map.selection.partners')}</h3>
      {partners.length === 0 ? (
        <p>{t('map.selection.noPartners')}</p>
      ) : (
        <ShortList
          label={t('map.selection.partners')}
          limit={6}
          showAllLabel={t('map.selection.showAllPartners', { count: partners.length })}
          items={partners.map((partner) => ({
            key: partner.iso3,
            content: (
              <>
                <strong>
                  {t('map.selection.partner', { name: name(partner.iso3), count: partner.recordIds.length })}
                </strong>
                <br />
                {t('map.selection.partnerRoles', {
                  name: name(partner.iso3),
                  roles: roleNames(partner.theirRoles),
                })}
                ; {t('map.selection.partnerRoles', { name: countryName, roles: roleNames(partner.ownRoles) })}
              </>
            ),
          }))}
        />
      )}

      <OrganisationList
        heading={t('map.selection.organisations', { name: countryName })}
        items={organisations.own}
        model={model}
      />
      <OrganisationList
        heading={t('map.selection.international', { name: countryName })}
        items={organisations.international}
        model={model}
      />
    </section>
  );
}

function OrganisationList({
  heading,
  items,
  model,
}: {
  heading: string;
  items: OrganisationCount[];
  model: DatasetModel;
}) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ShortList
        limit={5}
        showAllLabel={t('map.selection.showAllOrganisations', { count: items.length })}
        items={items.map(({ id, count }) => ({
          key: id,
          content: t('map.selection.organisation', { name: organisationName(model, id), count }),
        }))}
      />
    </>
  );
}
