import type { CooperationRecord } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import type { DatasetModel } from './model';
import { rolesByCountry } from './party-roles';
import { compareCodes } from './sort';

export interface CountryLink {
  from: string;
  to: string;
  count: number;
  recordIds: string[];
}

// Who provides to whom: the direction of the arrows on the map.
const FLOWS: readonly (readonly [provider: Role, receiver: Role])[] = [
  ['donor', 'implementer'],
  ['donor', 'recipient'],
  ['donor', 'trainee'],
  ['trainer', 'trainee'],
  ['implementer', 'recipient'],
];

/** Who provides to whom between countries: donor -> implementer/recipient/trainee, trainer -> trainee, implementer -> recipient. Country of each party via partyCountry; skips self-links and parties without a country; a record counts once per (from,to) pair. Sorted by count desc, then from, then to. */
export function countryLinks(model: DatasetModel, records: CooperationRecord[]): CountryLink[] {
  const links = new Map<string, CountryLink>();
  for (const record of records) {
    // Each ordered pair of countries is visited once per record, which is what keeps the count per record.
    const roles = rolesByCountry(model, record);
    for (const [from, fromRoles] of roles) {
      for (const [to, toRoles] of roles) {
        if (from === to || !provides(fromRoles, toRoles)) continue;
        const key = `${from}>${to}`;
        const link = links.get(key);
        if (link === undefined) links.set(key, { from, to, count: 1, recordIds: [record.id] });
        else {
          link.count += 1;
          link.recordIds.push(record.id);
        }
      }
    }
  }
  return [...links.values()].sort(
    (a, b) => b.count - a.count || compareCodes(a.from, b.from) || compareCodes(a.to, b.to),
  );
}

function provides(fromRoles: Set<Role>, toRoles: Set<Role>): boolean {
  return FLOWS.some(([provider, receiver]) => fromRoles.has(provider) && toRoles.has(receiver));
}
