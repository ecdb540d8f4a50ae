import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, flowEndNames, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { listOf } from './lists';

/** The filters a brief was made with, in words, so a printed page says what it leaves out. */
export function FiltersInWords({ model, filter }: { model: DatasetModel; filter: RecordFilter }) {
  const { t, locale, formatNumber } = useI18n();
  const list = (items: string[]) => listOf(locale, items, 'disjunction');
  const year = (value: number) => formatNumber(value, { useGrouping: false });
  const phrases: string[] = [];
  const { yearFrom, yearTo } = filter;
  if (yearFrom !== null && yearTo !== null)
    phrases.push(t('briefing.filters.years', { from: year(yearFrom), to: year(yearTo) }));
  else if (yearFrom !== null) phrases.push(t('briefing.filters.yearsFrom', { from: year(yearFrom) }));
  else if (yearTo !== null) phrases.push(t('briefing.filters.yearsTo', { to: year(yearTo) }));
  if (filter.roles.length > 0)
    phrases.push(
      t('briefing.filters.roles', { list: list(filter.roles.map((role) => t(`filters.role.${role}`))) }),
    );
  if (filter.withAmount) phrases.push(t('briefing.filters.withAmount'));
  if (filter.links.length > 0) {
    const flows = filter.links.map((link) => {
      const { from, to } = flowEndNames(model, link);
      return `${from} → ${to}`;
    });
    phrases.push(t('briefing.filters.links', { list: list(flows) }));
  }
  if (filter.types.length > 0)
    phrases.push(t('briefing.filters.types', { list: list(filter.types.map((type) => t(`type.${type}`))) }));
  if (filter.themes.length > 0)
    phrases.push(
      t('briefing.filters.themes', { list: list(filter.themes.map((theme) => t(`theme.${theme}`))) }),
    );
  if (filter.confidence.length > 0)
    phrases.push(
      t('briefing.filters.confidence', {
        list: list(filter.confidence.map((level) => t(`confidence.${level}`))),
      }),
    );
  if (filter.countries.length > 0)
    phrases.push(
      t('briefing.filters.countries', {
        list: list(filter.countries.map((iso3) => countryName(model, iso3))),
      }),
    );
  if (filter.organisations.length > 0)
    phrases.push(
      t('briefing.filters.organisations', {
        list: list(filter.organisations.map((id) => organisationName(model, id))),
      }),
    );
  if (filter.text.trim() !== '') phrases.push(t('briefing.filters.text', { text: filter.text.trim() }));

  if (phrases.length === 0) return <p className="briefing-filters">{t('briefing.filters.none')}</p>;
  return (
    <div className="briefing-filters">
      <p id="briefing-filters-intro">{t('briefing.filters.intro')}</p>
      <ul aria-labelledby="briefing-filters-intro">
        {phrases.map((phrase) => (
          <li key={phrase}>{phrase}</li>
        ))}
      </ul>
    </div>
  );
}
