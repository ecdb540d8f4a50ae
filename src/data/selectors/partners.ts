import type { CooperationRecord } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import type { DatasetModel } from './model';
import { rolesByCountry } from './party-roles';
import { compareCodes, compareRoles, sortedRoles } from './sort';

export interface CountryPartner {
  iso3: string;
  theirRoles: Role[];
  ownRoles: Role[];
  recordIds: string[];
}

interface PartnerTally {
  theirRoles: Set<Role>;
  ownRoles: Set<Role>;
  recordIds: string[];
}

/** The countries that share records with `iso3`, with the roles each side played in those records (sorted, unique), most shared records first. */
export function countryPartners(
  model: DatasetModel,
  records: CooperationRecord[],
  iso3: string,
): CountryPartner[] {
  // Sharing a record means both countries are parties to it: a role is what makes a partner,
  // so a country only mentioned through a person or the place is not one.
  const tallies = new Map<string, PartnerTally>();
  for (const record of records) {
    const roles = rolesByCountry(model, record);
    const ownRoles = roles.get(iso3);
    if (ownRoles === undefined) continue;
    for (const [country, theirRoles] of roles) {
      if (country === iso3) continue;
      let tally = tallies.get(country);
      if (tally === undefined) {
        tally = { theirRoles: new Set(), ownRoles: new Set(), recordIds: [] };
        tallies.set(country, tally);
      }
      for (const role of theirRoles) tally.theirRoles.add(role);
      for (const role of ownRoles) tally.ownRoles.add(role);
      tally.recordIds.push(record.id);
    }
  }
  return [...tallies]
    .map(([country, tally]) => ({
      iso3: country,
      theirRoles: sortedRoles(tally.theirRoles),
      ownRoles: sortedRoles(tally.ownRoles),
      recordIds: tally.recordIds,
    }))
    .sort((a, b) => b.recordIds.length - a.recordIds.length || compareCodes(a.iso3, b.iso3));
}

export interface RoleCount {
  role: Role;
  count: number;
}

/** How many records a country took part in under each role (a record counts once per role), most frequent first. */
export function countryRoles(model: DatasetModel, records: CooperationRecord[], iso3: string): RoleCount[] {
  const counts = new Map<Role, number>();
  for (const record of records) {
    for (const role of rolesByCountry(model, record).get(iso3) ?? []) {
      counts.set(role, (counts.get(role) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([role, count]) => ({ role, count }))
    .sort((a, b) => b.count - a.count || compareRoles(a.role, b.role));
}
