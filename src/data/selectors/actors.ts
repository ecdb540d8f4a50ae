import type { CooperationRecord } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { partyCountry, type DatasetModel } from './model';

/** Whether a chart counts countries or organisations. */
export type ActorKind = 'country' | 'organisation';

/**
 * The countries (ISO3) or organisations (ids) that take part in a record in any of `roles`, each once.
 * A party without a country (an international body) has no country; a country acting as a whole has no organisation.
 */
export function actorsInRoles(
  model: DatasetModel,
  record: CooperationRecord,
  by: ActorKind,
  roles: ReadonlySet<Role>,
): Set<string> {
  const actors = new Set<string>();
  for (const party of record.parties) {
    if (!roles.has(party.role)) continue;
    const actor = by === 'country' ? partyCountry(model, party) : (party.organisation ?? null);
    if (actor !== null) actors.add(actor);
  }
  return actors;
}

/** Whether any party of a record plays one of `roles`, whoever it is. */
export function hasPartyInRoles(record: CooperationRecord, roles: ReadonlySet<Role>): boolean {
  return record.parties.some((party) => roles.has(party.role));
}
