import { z } from 'zod';
import {
  AMOUNT_BASES,
  AMOUNT_QUALIFIERS,
  CONFIDENCES,
  INCLUSION_RULES,
  ORIGIN_FORMATS,
  EVENT_KINDS,
  ORGANISATION_KINDS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_STATUSES,
  REGIONS,
  ROLES,
  THEMES,
} from './vocabulary';

// The closed vocabularies as zod enums, for the validator.
export const RegionSchema = z.enum(REGIONS);
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);
export const PartnershipKindSchema = z.enum(PARTNERSHIP_KINDS);
export const EventKindSchema = z.enum(EVENT_KINDS);
export const ThemeSchema = z.enum(THEMES);
export const RoleSchema = z.enum(ROLES);
export const PartnershipStatusSchema = z.enum(PARTNERSHIP_STATUSES);
export const ConfidenceSchema = z.enum(CONFIDENCES);
export const AmountQualifierSchema = z.enum(AMOUNT_QUALIFIERS);
export const AmountBasisSchema = z.enum(AMOUNT_BASES);
export const OriginFormatSchema = z.enum(ORIGIN_FORMATS);
export const InclusionRuleSchema = z.enum(INCLUSION_RULES);
