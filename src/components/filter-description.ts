import type { RecordFilter } from '../data/selectors/filter';
import type { DatasetModel } from '../data/selectors/model';
import { countryName, flowEndNames, organisationName } from '../data/selectors/names';
import type { Translator } from '../i18n/translator';

/** Whether the reader narrowed the records at all. */
export function hasFilters(filter: RecordFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.countries.length > 0 ||
    filter.organisations.length > 0 ||
    filter.roles.length > 0 ||
    filter.withAmount ||
    filter.types.length > 0 ||
    filter.themes.length > 0 ||
    filter.yearFrom !== null ||
    filter.yearTo !== null ||
    filter.confidence.length > 0
  );
}

/**
 * A filter in words, for the note an exported file or a downloaded chart carries: "filtered by
 * countries: Cambodia, Ukraine; kinds of record: Training exchange" or "without filters".
 */
export function describeFilter(model: DatasetModel, filter: RecordFilter, { t }: Translator): string {
  const parts: string[] = [];
  const list = (values: string[]) => values.join(', ');
  if (filter.text.trim() !== '') parts.push(t('export.filters.text', { text: filter.text.trim() }));
  if (filter.countries.length > 0) {
    const names = filter.countries.map((iso3) => countryName(model, iso3));
    parts.push(t('export.filters.countries', { list: list(names) }));
  }
  if (filter.organisations.length > 0) {
    const names = filter.organisations.map((id) => organisationName(model, id));
    parts.push(t('export.filters.organisations', { list: list(names) }));
  }
  if (filter.roles.length > 0) {
    parts.push(
      t('export.filters.roles', { list: list(filter.roles.map((role) => t(`filters.role.${role}`))) }),
    );
  }
  if (filter.withAmount) parts.push(t('export.filters.withAmount'));
  if (filter.links.length > 0) {
    const flows = filter.links.map((link) => {
      const { from, to } = flowEndNames(model, link);
      return `${from} → ${to}`;
    });
    parts.push(t('export.filters.links', { list: list(flows) }));
  }
  if (filter.types.length > 0) {
    parts.push(t('export.filters.types', { list: list(filter.types.map((type) => t(`type.${type}`))) }));
  }
  if (filter.themes.length > 0) {
    parts.push(t('export.filters.themes', { list: list(filter.themes.map((theme) => t(`theme.${theme}`))) }));
  }
  const { yearFrom: from, yearTo: to } = filter;
  // Years as plain strings: a year is a name here, not a quantity to group ("2,023").
  if (from !== null && to !== null)
    parts.push(t('export.filters.years', { from: String(from), to: String(to) }));
  else if (from !== null) parts.push(t('export.filters.yearsFrom', { from: String(from) }));
  else if (to !== null) parts.push(t('export.filters.yearsTo', { to: String(to) }));
  if (filter.confidence.length > 0) {
    const labels = filter.confidence.map((confidence) => t(`confidence.${confidence}`));
    parts.push(t('export.filters.confidence', { list: list(labels) }));
  }
  return parts.length === 0
    ? t('export.filters.none')
    : t('export.filters.some', { filters: parts.join('; ') });
}
