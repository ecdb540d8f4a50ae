import type { CooperationRecord } from '../schema/records';
import type { DatasetModel } from './model';
import { rolesByCountry } from './party-roles';
import { compareCodes } from './sort';

export interface OrganisationCount {
  id: string;
  count: number;
}

export interface CountryOrganisations {
  /** Organisations based in the country that are parties to its records. */
  own: OrganisationCount[];
  /** International bodies (no home country) that are parties to records the country is a party to. */
  international: OrganisationCount[];
}

/**
 * Who acts for and with a country: its own organisations and the international bodies in the
 * records it is a party to, each counted once per record, most records first. International
 * bodies have no country, so countryPartners cannot show them.
 */
export function countryOrganisations(
  model: DatasetModel,
  records: CooperationRecord[],
  iso3: string,
): CountryOrganisations {
  const own = new Map<string, number>();
  const international = new Map<string, number>();
  for (const record of records) {
    if (!rolesByCountry(model, record).has(iso3)) continue;
    const seen = new Set<string>();
    for (const party of record.parties) {
      const id = party.organisation;
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      const home = model.organisationsById.get(id)?.country;
      const tally = home === iso3 ? own : home === null ? international : undefined;
      tally?.set(id, (tally.get(id) ?? 0) + 1);
    }
  }
  return { own: sortedCounts(own), international: sortedCounts(international) };
}

function sortedCounts(counts: Map<string, number>): OrganisationCount[] {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || compareCodes(a.id, b.id));
}
