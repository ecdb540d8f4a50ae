import type { DatasetModel } from '../../data/selectors/model';
import { countryName, localisedName } from '../../data/selectors/names';

/** "A, B and C" in the reader's language (Intl.ListFormat), never joined by hand. */
export function listOf(
  locale: string,
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

/** An organisation as a sentence names it: its acronym where it has one ("JICA"), else its name. */
export function shortOrganisationName(model: DatasetModel, id: string): string {
  const organisation = model.organisationsById.get(id);
  if (organisation === undefined) return id;
  return organisation.acronym ?? localisedName(model, organisation);
}

/** The dataset's countries sorted by name in the reader's language, for pickers. */
export function countriesByName(model: DatasetModel, locale: string): { iso3: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return model.dataset.countries
    .map((country) => ({ iso3: country.iso3, name: countryName(model, country.iso3) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Today as a calendar day ("2026-11-28") in the reader's time zone: the date a brief was made. */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
