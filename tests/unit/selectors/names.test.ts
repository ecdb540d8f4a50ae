import khmerCountries from 'i18n-iso-countries/langs/km.json' with { type: 'json' };
import { describe, expect, it, vi } from 'vitest';
import { buildModel, withLanguage } from '../../../src/data/selectors/model';
import { addCountryNames } from '../../../src/data/selectors/loaded-country-names';
import {
  countryName,
  organisationName,
  placeIsCountry,
  placeName,
  placeOwnName,
} from '../../../src/data/selectors/names';
import { selectorFixture } from '../../fixtures/selector-fixture';

const english = buildModel({
  ...selectorFixture,
  organisations: selectorFixture.organisations.map((organisation) =>
    organisation.id === 'tonle-sap-demining-centre'
      ? { ...organisation, names: { km: 'មជ្ឈមណ្ឌលបោសសម្អាតមីនទន្លេសាប' } }
      : organisation,
  ),
});
const khmer = withLanguage(english, 'km', 'km-KH-u-nu-khmr');
const ukrainian = withLanguage(english, 'uk', 'uk-UA');

describe('names in the reader’s language', () => {
  it('keeps the dataset’s own English country names for English readers', () => {
    expect(countryName(english, 'VNM')).toBe('Viet Nam');
    expect(countryName(english, 'LAO')).toBe("Lao People's Democratic Republic");
  });

  it('takes country names the dataset does not give from Intl, in the reader’s language', () => {
    expect(countryName(ukrainian, 'JPN')).toBe('Японія');
    expect(countryName(khmer, 'JPN')).toBe('ជប៉ុន');
  });

  it('prefers the dataset’s localised country name to Intl’s', () => {
    const withOwnName = buildModel({
      ...selectorFixture,
      countries: selectorFixture.countries.map((country) =>
        country.iso3 === 'JPN' ? { ...country, names: { uk: 'Японія (назва з набору даних)' } } : country,
      ),
    });
    expect(countryName(withLanguage(withOwnName, 'uk', 'uk-UA'), 'JPN')).toBe(
      'Японія (назва з набору даних)',
    );
    expect(countryName(withLanguage(withOwnName, 'km', 'km-KH-u-nu-khmr'), 'JPN')).toBe('ជប៉ុន');
  });

  it('takes CLDR’s names loaded with the language where the browser’s Intl has none (Khmer in Chromium)', () => {
    vi.spyOn(Intl.DisplayNames, 'supportedLocalesOf').mockReturnValue([]);
    // A locale of its own: Intl's answer is kept per locale.
    const noIntl = withLanguage(english, 'km', 'km-KH-u-nu-latn');
    expect(countryName(noIntl, 'UKR')).toBe('Ukraine');
    addCountryNames('km', khmerCountries.countries);
    expect(countryName(noIntl, 'UKR')).toBe('អ៊ុយក្រែន');
    expect(countryName(noIntl, 'KHM')).toBe('កម្ពុជា');
  });

  it('falls back to the dataset name, then the code, for countries Intl does not know', () => {
    expect(countryName(ukrainian, 'XYZ')).toBe('XYZ');
  });

  it('names an organisation in the reader’s language where the dataset does, keeping its acronym', () => {
    expect(organisationName(khmer, 'tonle-sap-demining-centre')).toBe('មជ្ឈមណ្ឌលបោសសម្អាតមីនទន្លេសាប (TSDC)');
    expect(organisationName(ukrainian, 'tonle-sap-demining-centre')).toBe('Tonle Sap Demining Centre (TSDC)');
  });

  it('names a place in the reader’s language where the dataset does, the original otherwise', () => {
    const kyiv = { name: 'Kyiv', names: { uk: 'Київ' }, country: 'UKR' };
    expect(placeName(ukrainian, kyiv)).toBe('Київ, Україна');
    expect(placeName(english, kyiv)).toBe('Kyiv, Ukraine');
    expect(placeName(khmer, { name: 'Battambang', country: 'KHM' })).toBe('Battambang, កម្ពុជា');
  });

  it('names a place that is its country once, in the reader’s language', () => {
    expect(placeName(ukrainian, { name: 'Japan', country: 'JPN' })).toBe('Японія');
    expect(placeOwnName(khmer, { name: 'Japan', country: 'JPN' })).toBe(countryName(khmer, 'JPN'));
    expect(placeOwnName(english, { name: 'Battambang', country: 'KHM' })).toBe('Battambang');
  });

  it('reads "Poland", not "Poland (city not found), Poland", for a place that is its country with a remark', () => {
    const poland = { name: 'Japan (city not found)', country: 'JPN' };
    expect(placeIsCountry(english, poland)).toBe(true);
    expect(placeName(english, poland)).toBe('Japan');
    expect(placeName(ukrainian, poland)).toBe('Японія');
    expect(placeOwnName(english, poland)).toBe('Japan');
    // A city whose name merely starts with its country's stays a city.
    expect(placeIsCountry(english, { name: 'Japan Town', country: 'JPN' })).toBe(false);
  });
});
