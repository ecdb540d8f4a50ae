import { describe, expect, it } from 'vitest';
import {
  allIso3Codes,
  countryNamedIn,
  countryNameOf,
  iso3FromName,
} from '../../../src/data/import/country-names';
import { regionOf, regionTableCodes } from '../../../src/data/import/country-regions';
import { REGIONS } from '../../../src/data/schema/vocabulary';

describe('country tables', () => {
  it('places every ISO 3166-1 code i18n-iso-countries knows in one of our regions', () => {
    const missing = allIso3Codes().filter((code) => regionOf(code) === undefined);
    expect(missing).toEqual([]);
    for (const code of allIso3Codes()) expect(REGIONS).toContain(regionOf(code));
  });

  it('lists no code twice and none that ISO lacks', () => {
    const table = regionTableCodes();
    expect(new Set(table).size).toBe(table.length);
    expect(table.filter((code) => !allIso3Codes().includes(code))).toEqual([]);
  });

  it('places the countries of the real files where the World Bank does', () => {
    expect(regionOf('AFG')).toBe('south-asia');
    expect(regionOf('PSE')).toBe('middle-east-north-africa');
    expect(regionOf('UKR')).toBe('europe-central-asia');
    expect(regionOf('PLW')).toBe('east-asia-pacific');
    expect(regionOf('NGA')).toBe('africa');
  });

  it('reads FTS spellings and ISO names', () => {
    expect(iso3FromName('occupied Palestinian territory')).toBe('PSE');
    expect(iso3FromName('Afghanistan')).toBe('AFG');
    expect(iso3FromName('United Kingdom')).toBe('GBR');
    expect(iso3FromName('Atlantis')).toBeUndefined();
    expect(countryNameOf('UKR')).toBe('Ukraine');
  });
});

describe('countryNamedIn', () => {
  it('finds the one country a government name names', () => {
    expect(countryNamedIn('The Ministry of Foreign Affairs of The Netherlands')).toBe('NLD');
    expect(countryNamedIn('Government of Viet Nam')).toBe('VNM');
  });

  it('says nothing when a name names no country or several', () => {
    expect(countryNamedIn('European Commission - DG ECHO')).toBeUndefined();
    expect(countryNamedIn('Joint programme of Norway and Sweden')).toBeUndefined();
  });
});
