// Who provides to whom between countries: the one rule behind the map's flows, the flow list and the
// record index (links.ts, record-index.ts), which apply it to roles held as bits of ROLES.
import { ROLES, type Role } from '../schema/vocabulary';

/** One role as its bit of ROLES. */
export const roleBit = (role: Role): number => 1 << ROLES.indexOf(role);
const bit = roleBit;
const DONOR = bit('donor');
const TRAINER = bit('trainer');
const TRAINEE = bit('trainee');
const RECEIVING = bit('recipient') | TRAINEE;
const IMPLEMENTER = bit('implementer');

/** A set of roles as the bits of ROLES. */
export function roleBitsOf(roles: Iterable<Role>): number {
  let bits = 0;
  for (const role of roles) bits |= bit(role);
  return bits;
}

/**
 * The ordered (from, to) country pairs one record links, each once. Funding goes from a donor's
 * country to where the work happens: the countries that receive (recipients, trainees); where the
 * record names none, the country it is placed in; where it has no place either, its implementers'
 * countries (a grant to Cambodia's own CMAC). An operator from a third country (Norwegian People's Aid
 * clearing in Cambodia for Germany) is the channel, never an end. Training goes from trainer to trainee.
 * Countries are given by any id; `place` is the id of the country the record is placed in.
 */
export function flowPairs<C>(
  countries: readonly C[],
  bitsOf: (country: C) => number,
  place: C | undefined,
): [from: C, to: C][] {
  let receivers = countries.filter((country) => (bitsOf(country) & RECEIVING) !== 0);
  if (receivers.length === 0) {
    receivers =
      place !== undefined ? [place] : countries.filter((country) => (bitsOf(country) & IMPLEMENTER) !== 0);
  }
  const pairs: [C, C][] = [];
  const link = (from: C, to: C) => {
    if (from !== to && !pairs.some(([a, b]) => a === from && b === to)) pairs.push([from, to]);
  };
  for (const from of countries) {
    const bits = bitsOf(from);
    if ((bits & DONOR) !== 0) for (const to of receivers) link(from, to);
    if ((bits & TRAINER) !== 0) {
      for (const to of countries) if ((bitsOf(to) & TRAINEE) !== 0) link(from, to);
    }
  }
  return pairs;
}
