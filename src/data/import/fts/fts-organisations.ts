// FTS organisations as our organisations: the FTS id becomes ours, its type our kind.
import type { Organisation } from '../../schema/entities';
import type { OrganisationKind } from '../../schema/vocabulary';
import { iso3FromName } from '../country-names';
import type { FtsObject } from './fts-schema';

// FTS organizationTypes -> our kinds. "Inter-governmental" (ECHO in the real file) has a kind of
// its own in our vocabulary; anything not listed is "other" rather than a guess.
const KIND_BY_FTS_TYPE: Readonly<Record<string, OrganisationKind>> = {
  government: 'government',
  ngo: 'ngo-operator',
  'un agency': 'un-body',
  'red cross/red crescent': 'other',
  private: 'company',
  'inter-governmental': 'intergovernmental',
};

export function ftsOrganisationId(ftsId: string): string {
  return `fts-org-${slug(ftsId)}`;
}

/** Our kind for an FTS organisation, from the first of its types that we know. */
export function organisationKind(types: readonly string[] | null | undefined): OrganisationKind {
  for (const type of types ?? []) {
    const kind = KIND_BY_FTS_TYPE[type.trim().toLowerCase()];
    if (kind !== undefined) return kind;
  }
  return 'other';
}

/**
 * An FTS organisation object as our organisation. Only a government gets a home country: the one
 * the flow names beside it (a source Location); for anyone else the flow's locations say where
 * the money went, not where the organisation is from.
 */
export function toOrganisation(object: FtsObject, siblings: readonly FtsObject[]): Organisation {
  const kind = organisationKind(object.organizationTypes);
  const locations = siblings.filter((sibling) => sibling.type === 'Location');
  const home =
    kind === 'government' && locations.length === 1 && locations[0] !== undefined
      ? (iso3FromName(locations[0].name) ?? null)
      : null;
  return {
    id: ftsOrganisationId(object.id),
    name: object.name || `FTS organisation ${object.id}`,
    kind,
    country: home,
  };
}

/** Ids in our dataset are lower-case letters, digits and hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
