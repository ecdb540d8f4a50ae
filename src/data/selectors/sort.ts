import { ROLES, type Role } from '../schema/vocabulary';

/** Orders codes and ids by code point: they are ASCII, and the result must not depend on the reader's locale. */
export function compareCodes(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** Orders roles as the vocabulary lists them (providers first), which reads the same in every language. */
export function compareRoles(a: Role, b: Role): number {
  return ROLES.indexOf(a) - ROLES.indexOf(b);
}

/** The distinct roles in vocabulary order. */
export function sortedRoles(roles: Iterable<Role>): Role[] {
  return [...new Set(roles)].sort(compareRoles);
}
