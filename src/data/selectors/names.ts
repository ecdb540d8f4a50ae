// The default import: the package is CommonJS, and Node's ESM loader cannot see its named exports.
import isoCountries from 'i18n-iso-countries';
import type { Place } from '../schema/records';
import type { LocalisedNames } from '../schema/primitives';
import { loadedCountryName } from './loaded-country-names';
import type { DatasetModel } from './model';

// The language of the dataset's main `name` fields, as the data contract defines them.
const DATASET_LANGUAGE = 'en';

/** An organisation's display name in the reader's language, with its acronym where it has one; the id if it is unknown. */
export function organisationName(model: DatasetModel, id: string): string {
  const organisation = model.organisationsById.get(id);
  if (!organisation) return id;
  const name = localised(model, organisation.names) ?? organisation.name;
  return organisation.acronym ? `${name} (${organisation.acronym})` : name;
}

/**
 * A country's name in the reader's language: the dataset's own localised name if it gives one,
 * else the name Intl knows for the locale (CLDR's, so no hand-kept lists), else the dataset's
 * name; the code if the country is unknown. In English the dataset's name comes first: its
 * editors write the English names, in the field's usage ("Viet Nam", "Lao PDR"), which CLDR's
 * everyday names ("Vietnam", "Laos") would silently replace.
 */
export function countryName(model: DatasetModel, iso3: string): string {
  const country = model.countriesByIso3.get(iso3);
  if (model.language === DATASET_LANGUAGE && country) return country.name;
  return (
    localised(model, country?.names) ??
    regionName(model.locale, iso3) ??
    loadedName(model.language, iso3) ??
    country?.name ??
    iso3
  );
}

/** The two ends of a flow key ("JPN-UKR", as the `link` filter and `flow=` write it), by name. */
export function flowEndNames(model: DatasetModel, key: string): { from: string; to: string } {
  const [from = '', to = ''] = key.split('-');
  return { from: countryName(model, from), to: countryName(model, to) };
}

function loadedName(language: string, iso3: string): string | undefined {
  const alpha2 = isoCountries.alpha3ToAlpha2(iso3);
  return alpha2 === undefined ? undefined : loadedCountryName(language, alpha2);
}

/**
 * "Siem Reap, Cambodia"; just "Cambodia" when the place is the country itself (see
 * placeIsCountry). In the reader's language where known.
 */
export function placeName(model: DatasetModel, place: Place): string {
  const country = countryName(model, place.country);
  if (placeIsCountry(model, place)) return country;
  return `${localisedName(model, place)}, ${country}`;
}

/**
 * A place's own name, for a column or a popup that names the country elsewhere or not at all: the
 * country's name in the reader's language when the place is the country itself.
 */
export function placeOwnName(model: DatasetModel, place: Place): string {
  return placeIsCountry(model, place) ? countryName(model, place.country) : localisedName(model, place);
}

/**
 * True when a place is its whole country: named as the country, perhaps with an editor's remark
 * in brackets ("Poland (city not found)"; the record's confidence note says what was not found).
 * Compares the original English names, so it holds in every language.
 */
export function placeIsCountry(model: DatasetModel, place: Place): boolean {
  const country = model.countriesByIso3.get(place.country)?.name;
  if (country === undefined) return false;
  const withoutRemark = place.name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return withoutRemark === country;
}

/** A place's or organisation's own name in the reader's language where the dataset gives one, else its original name. */
export function localisedName(model: DatasetModel, named: { name: string; names?: LocalisedNames }): string {
  return localised(model, named.names) ?? named.name;
}

function localised(model: DatasetModel, names: LocalisedNames | undefined): string | undefined {
  return names?.[model.language];
}

// DisplayNames objects are costly to build and are asked for hundreds of names per render.
const regionNames = new Map<string, Intl.DisplayNames | null>();

function regionName(locale: string, iso3: string): string | undefined {
  const alpha2 = isoCountries.alpha3ToAlpha2(iso3);
  if (alpha2 === undefined) return undefined;
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      // Without data for the locale Intl would answer in its default language (desktop Chrome has
      // no Khmer data): the dataset's names are better than English ones on a Khmer page.
      const supported = Intl.DisplayNames.supportedLocalesOf([locale]).length > 0;
      names = supported ? new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }) : null;
    } catch {
      names = null; // a runtime without DisplayNames: the dataset's names serve
    }
    regionNames.set(locale, names);
  }
  return names?.of(alpha2) ?? undefined;
}
