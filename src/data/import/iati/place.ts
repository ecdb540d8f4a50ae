// Where an activity happens: its recipient countries (ISO alpha-3) and one place to draw it at.
import isoCountries from 'i18n-iso-countries';
import type { Place } from '../../schema/records';
import type { Repair } from '../types';
import { IATI_COUNTRY_NAMES } from './codelists.generated';
import type { IatiActivity, Located } from './iati-activity';
import { oneLine, pickNarrative } from './text';

// CLDR's English names ("Syria", "Vietnam") read better on a map than the ISO list's
// ("Syrian Arab Republic (the)"); the IATI code list's name is the fallback.
const ENGLISH_REGIONS = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

function lineOf(located: Located): { line?: number } {
  return located.line !== undefined ? { line: located.line } : {};
}

export interface RecipientCountry {
  iso3: string;
  name: string;
}

/** The activity's recipient countries, once each; unknown codes are repaired (when `repairs` is given) and left out. */
export function recipientCountries(activity: IatiActivity, repairs: Repair[] | null): RecipientCountry[] {
  const countries: RecipientCountry[] = [];
  for (const country of activity.recipientCountries) {
    const code = country.code.toUpperCase();
    const iso3 = IATI_COUNTRY_NAMES[code] === undefined ? undefined : isoCountries.alpha2ToAlpha3(code);
    if (iso3 === undefined) {
      repairs?.push({
        kind: 'unknown-country',
        item: activity.identifier,
        path: `${country.path}/@code`,
        ...lineOf(country),
        detail: `"${country.code}" is not an ISO 3166-1 country code; the country was left out`,
      });
    } else if (!countries.some((c) => c.iso3 === iso3)) {
      countries.push({ iso3, name: ENGLISH_REGIONS.of(code) ?? IATI_COUNTRY_NAMES[code] ?? iso3 });
    }
  }
  return countries;
}

function coordinates(pos: string): { lat: number; lon: number } | null {
  const parts = pos.trim().split(/[\s,]+/);
  if (parts.length !== 2) return null;
  const [lat, lon] = parts.map(Number);
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

// Place: the first location with a valid point, in the single recipient country; the country alone
// (approximate) when there is no usable point. Several or no recipient countries: no place.
export function place(activity: IatiActivity, repairs: Repair[]): Place | undefined {
  const countries = recipientCountries(activity, null);
  const [country] = countries;
  if (countries.length !== 1 || !country) return undefined;
  for (const location of activity.locations) {
    if (location.pos === undefined) continue;
    const point = coordinates(location.pos);
    if (!point) {
      repairs.push({
        kind: 'bad-coordinates',
        item: activity.identifier,
        path: `${location.path}/point/pos`,
        ...lineOf(location),
        detail: `"${location.pos}" is not "latitude longitude" within range; the point was not used`,
      });
      continue;
    }
    const name = oneLine(pickNarrative(location.names, activity.lang) ?? '') || country.name;
    return { name, country: country.iso3, coordinates: point };
  }
  return { name: country.name, country: country.iso3, approximate: true };
}
