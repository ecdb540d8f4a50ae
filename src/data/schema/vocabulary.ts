import { z } from 'zod';

// The closed vocabularies of the data contract. Labels for people live in the message
// catalogue (src/i18n), keyed by these values, so the data stays language-neutral.

export const REGIONS = [
  'africa',
  'americas',
  'east-asia-pacific',
  'europe-central-asia',
  'middle-east-north-africa',
  'south-asia',
] as const;
export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

export const ORGANISATION_KINDS = [
  'national-authority',
  'mine-action-centre',
  'government',
  'donor-agency',
  'un-body',
  'ngo-operator',
  'regional-centre',
  'research-training-centre',
  'company',
  'intergovernmental',
] as const;
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

export const RECORD_TYPES = ['partnership', 'training', 'event'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const PARTNERSHIP_KINDS = [
  'funding',
  'technical-assistance',
  'equipment-transfer',
  'agreement',
  'joint-operation',
] as const;
export const PartnershipKindSchema = z.enum(PARTNERSHIP_KINDS);

export const EVENT_KINDS = [
  'meeting',
  'visit',
  'conference',
  'summit',
  'treaty-meeting',
  'signing',
  'workshop',
  'handover',
  'launch',
  'announcement',
] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);

export const THEMES = [
  'clearance',
  'survey',
  'risk-education',
  'victim-assistance',
  'stockpile-destruction',
  'capacity-building',
  'equipment',
  'policy-advocacy',
  'information-management',
] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * What a party does in a record. Providers (donor, trainer) and receivers (recipient, trainee)
 * are what the flows on the map are drawn between; the rest say who else took part.
 */
export const ROLES = [
  'donor',
  'implementer',
  'recipient',
  'trainer',
  'trainee',
  'host',
  'coordinator',
  'organiser',
  'participant',
  'signatory',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PARTNERSHIP_STATUSES = ['planned', 'active', 'completed', 'unknown'] as const;
export const PartnershipStatusSchema = z.enum(PARTNERSHIP_STATUSES);

/**
 * How sure the dataset is of a record. "disputed" means sources disagree: the record must
 * say how in its confidenceNote, and disputed figures keep every value with its source.
 */
export const CONFIDENCES = ['confirmed', 'reported', 'disputed', 'unverified'] as const;
export const ConfidenceSchema = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const SUPPORTED_SCHEMA_VERSIONS = ['1.0'] as const;
/** The languages the dashboard speaks; the dataset may name things in each of them. */
export const LANGUAGES = ['en', 'km', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];
