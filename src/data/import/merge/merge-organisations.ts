// One organisation, however many files name it: matched by id, by IATI identifier, then by name
// or acronym. The first holder (the base dataset's, if it has one) keeps its id and name.
import type { Organisation } from '../../schema/entities';
import { nameKeys } from './organisation-names';

export interface OrganisationMerge {
  organisations: Organisation[];
  /** Imported organisation id -> the id it is merged into (only where they differ). */
  remap: Map<string, string>;
}

export function mergeOrganisations(
  base: readonly Organisation[],
  imported: readonly Organisation[],
): OrganisationMerge {
  const organisations = base.map((organisation) => ({ ...organisation }));
  const baseIds = new Set(base.map((organisation) => organisation.id));
  const byId = new Map<string, Organisation>();
  const byRef = new Map<string, Organisation>();
  const byName = new Map<string, Organisation>();
  const remember = (organisation: Organisation) => {
    byId.set(organisation.id, organisation);
    if (organisation.iatiRef) byRef.set(organisation.iatiRef, organisation);
    for (const key of nameKeys(organisation)) if (!byName.has(key)) byName.set(key, organisation);
  };
  organisations.forEach(remember);

  const remap = new Map<string, string>();
  for (const candidate of imported) {
    const match =
      byId.get(candidate.id) ?? byRef.get(candidate.iatiRef ?? '') ?? nameMatch(candidate, byName);
    if (match === undefined) {
      const added = { ...candidate };
      organisations.push(added);
      remember(added);
      continue;
    }
    if (match.id !== candidate.id) remap.set(candidate.id, match.id);
    // What the holder lacks and the newcomer knows is added; nothing the holder says is replaced.
    if (!match.iatiRef && candidate.iatiRef) {
      match.iatiRef = candidate.iatiRef;
      byRef.set(candidate.iatiRef, match);
    }
    // A base organisation's null country is a statement (an international body); an imported
    // one's may only mean that this file did not say.
    if (!baseIds.has(match.id) && match.country === null && candidate.country !== null) {
      match.country = candidate.country;
    }
  }
  return { organisations, remap };
}

// A name match only joins organisations whose IATI identifiers do not contradict each other.
function nameMatch(
  candidate: Organisation,
  byName: ReadonlyMap<string, Organisation>,
): Organisation | undefined {
  for (const key of nameKeys(candidate)) {
    const match = byName.get(key);
    if (match && (!match.iatiRef || !candidate.iatiRef || match.iatiRef === candidate.iatiRef)) return match;
  }
  return undefined;
}
