import { roleBit } from './flow-rule';

/**
 * What the role filter offers, in words analysts use, each mapped to one role of the vocabulary
 * (ROLES). Kept to one role each so that a chip says exactly what it matches: "giving" is a donor,
 * not an implementer that passes money on; "receiving" a recipient; "hosting" a host.
 */
export const PARTY_ROLE_FILTER_NAMES = ['giving', 'receiving', 'training', 'trained', 'hosting'] as const;
export type PartyRoleFilter = (typeof PARTY_ROLE_FILTER_NAMES)[number];

/** Each filter value as the bits of ROLES it matches. */
export const PARTY_ROLE_FILTERS: Readonly<Record<PartyRoleFilter, number>> = {
  giving: roleBit('donor'),
  receiving: roleBit('recipient'),
  training: roleBit('trainer'),
  trained: roleBit('trainee'),
  hosting: roleBit('host'),
};
