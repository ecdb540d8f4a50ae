import { RecordLink } from '../../components/RecordLink';
import type { PartnerFigure } from '../../data/selectors/country-profile';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { listOf } from './lists';
import type { BriefingNavigation } from './navigation';

interface CountryPartnersProps {
  model: DatasetModel;
  iso3: string;
  partners: PartnerFigure[];
  navigation: BriefingNavigation;
}

/** The country's partners with both sides' roles, each linking to the two countries' relationship brief. */
export function CountryPartners({ model, iso3, partners, navigation }: CountryPartnersProps) {
  const { t, locale, formatNumber } = useI18n();
  const name = countryName(model, iso3);
  const roles = (list: PartnerFigure['ownRoles']) =>
    listOf(
      locale,
      list.map((role) => t(`role.${role}`)),
      'unit',
    );
  return (
    <section className="briefing-section briefing-partners" aria-labelledby="briefing-partners-heading">
      <h2 id="briefing-partners-heading">{t('briefing.partners.heading')}</h2>
      {partners.length === 0 ? (
        <p>{t('briefing.partners.none')}</p>
      ) : (
        <table className="briefing-table">
          <thead>
            <tr>
              <th scope="col">{t('briefing.partners.partner')}</th>
              <th scope="col">{t('briefing.partners.theirRoles')}</th>
              <th scope="col">{t('briefing.partners.ownRoles', { country: name })}</th>
              <th scope="col" className="numeric">
                {t('briefing.partners.records')}
              </th>
            </tr>
          </thead>
          <tbody>
            {partners.map((partner) => (
              <tr key={partner.iso3}>
                <th scope="row">
                  <RecordLink
                    href={navigation.pairHref(iso3, partner.iso3)}
                    onOpen={() => navigation.openPair(iso3, partner.iso3)}
                  >
                    {t('briefing.partners.pairLink', { a: name, b: countryName(model, partner.iso3) })}
                  </RecordLink>
                </th>
                <td>{roles(partner.theirRoles)}</td>
                <td>{roles(partner.ownRoles)}</td>
                <td className="numeric">{formatNumber(partner.recordIds.length)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
