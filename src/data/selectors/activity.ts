import type { CooperationRecord } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { actorsInRoles, type ActorKind } from './actors';
import type { DatasetModel } from './model';
import { compareCodes } from './sort';

/** The roles readers ask about, grouped by what the actor does: gives, receives, trains or hosts. */
export const ROLE_GROUPS = {
  giving: ['donor'],
  receiving: ['recipient', 'trainee'],
  training: ['trainer'],
  hosting: ['host'],
} as const satisfies Record<string, readonly Role[]>;
export type RoleGroup = keyof typeof ROLE_GROUPS;
export const ROLE_GROUP_NAMES = Object.keys(ROLE_GROUPS) as RoleGroup[];

export interface ActorCount {
  /** An ISO3 code or an organisation id. */
  id: string;
  count: number;
}

export interface TopActorsOptions {
  by: ActorKind;
  group: RoleGroup;
}

/** How many records each country or organisation takes part in within a role group; a record counts once per actor however many of the group's roles it plays. Most records first, ties by id. */
export function topActors(
  model: DatasetModel,
  records: CooperationRecord[],
  { by, group }: TopActorsOptions,
): ActorCount[] {
  const roles = new Set<Role>(ROLE_GROUPS[group]);
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const actor of actorsInRoles(model, record, by, roles)) {
      counts.set(actor, (counts.get(actor) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || compareCodes(a.id, b.id));
}
