// Every country a record or organisation names gets an entry: the base's own if it has one
// (its editors' spelling), else the ISO English name and the region from our table.
import type { Country, Organisation } from '../../schema/entities';
import type { CooperationRecord } from '../../schema/records';
import { countryNameOf } from '../country-names';
import { regionOf } from '../country-regions';

export type CountryMerge =
  { ok: true; countries: Country[] } | { ok: false; unknown: { iso3: string; item: string }[] };

export function mergeCountries(
  known: readonly Country[],
  organisations: readonly Organisation[],
  records: readonly CooperationRecord[],
): CountryMerge {
  const countries = uniqueByCode(known);
  const have = new Set(countries.map((country) => country.iso3));
  const unknown: { iso3: string; item: string }[] = [];
  for (const [iso3, item] of referencedCountries(organisations, records)) {
    if (have.has(iso3)) continue;
    const name = countryNameOf(iso3);
    const region = regionOf(iso3);
    if (name === undefined || region === undefined) {
      unknown.push({ iso3, item });
      continue;
    }
    countries.push({ iso3, name, region });
    have.add(iso3);
  }
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, countries };
}

function uniqueByCode(countries: readonly Country[]): Country[] {
  const seen = new Set<string>();
  return countries.filter((country) => !seen.has(country.iso3) && Boolean(seen.add(country.iso3)));
}

/** ISO3 code -> the first item (organisation or record id) that names it. */
function referencedCountries(
  organisations: readonly Organisation[],
  records: readonly CooperationRecord[],
): Map<string, string> {
  const found = new Map<string, string>();
  const note = (iso3: string | null | undefined, item: string) => {
    if (iso3 && !found.has(iso3)) found.set(iso3, item);
  };
  for (const organisation of organisations) note(organisation.country, organisation.id);
  for (const record of records) {
    for (const party of record.parties) note(party.country, record.id);
    for (const person of record.people ?? []) note(person.country, record.id);
    note(record.place?.country, record.id);
    if (record.type === 'partnership') {
      for (const part of record.amount?.contributions ?? []) note(part.country, record.id);
    }
  }
  return found;
}
