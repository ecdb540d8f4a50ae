// @vitest-environment node
import countryCodes from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/data/schema/vocabulary';
import { SYNTHETIC_COUNTRIES } from '../../../scripts/synthetic/countries';

describe('synthetic countries', () => {
  it('are 120+ real ISO 3166-1 alpha-3 countries, each once', () => {
    const codes = SYNTHETIC_COUNTRIES.map((entry) => entry.country.iso3);
    expect(codes.length).toBeGreaterThanOrEqual(120);
    expect(new Set(codes).size).toBe(codes.length);
    const known = countryCodes.getAlpha3Codes();
    expect(codes.filter((code) => !(code in known))).toEqual([]);
  });

  it('cover every region and every profile', () => {
    expect(new Set(SYNTHETIC_COUNTRIES.map((entry) => entry.country.region))).toEqual(new Set(REGIONS));
    expect(new Set(SYNTHETIC_COUNTRIES.map((entry) => entry.profile))).toEqual(
      new Set(['donor', 'affected', 'other']),
    );
  });

  it('put each capital inside the region its country is listed in, roughly', () => {
    // A slip of sign in a coordinate would put a capital on the wrong continent.
    const south = (iso3: string) =>
      (SYNTHETIC_COUNTRIES.find((e) => e.country.iso3 === iso3)?.capital.lat ?? 0) < 0;
    expect(['AUS', 'NZL', 'ARG', 'CHL', 'ZAF', 'AGO'].every(south)).toBe(true);
    for (const { country, capital } of SYNTHETIC_COUNTRIES) {
      if (country.region === 'americas') expect(capital.lon, country.iso3).toBeLessThan(-30);
      if (country.region === 'europe-central-asia') expect(capital.lat, country.iso3).toBeGreaterThan(30);
      if (country.region === 'south-asia') expect(capital.lon, country.iso3).toBeGreaterThan(60);
    }
  });
});
