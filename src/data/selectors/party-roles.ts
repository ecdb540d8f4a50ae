import type { CooperationRecord } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { partyCountry, type DatasetModel } from './model';
import { perRecordMemo } from './per-record-memo';

/** The roles each country plays in a record through its parties; parties without a country are left out. Worked out once per record. */
export const rolesByCountry: (
  model: DatasetModel,
  record: CooperationRecord,
) => ReadonlyMap<string, ReadonlySet<Role>> = perRecordMemo((model, record) => {
  const roles = new Map<string, Set<Role>>();
  for (const party of record.parties) {
    const country = partyCountry(model, party);
    if (country === null) continue;
    const countryRoles = roles.get(country);
    if (countryRoles === undefined) roles.set(country, new Set([party.role]));
    else countryRoles.add(party.role);
  }
  return roles;
});
