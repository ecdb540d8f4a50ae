// The closed vocabularies of the data contract (their zod schemas are in vocabulary-schemas.ts). Labels for people live in the message
// catalogue (src/i18n), keyed by these values, so the data stays language-neutral.

export const REGIONS = [
  'africa',
  'americas',
  'east-asia-pacific',
  'europe-central-asia',
  'middle-east-north-africa',
  'south-asia',
] as const;
export type Region = (typeof REGIONS)[number];

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
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const RECORD_TYPES = ['partnership', 'training', 'event'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const PARTNERSHIP_KINDS = [
  'funding',
  'technical-assistance',
  'equipment-transfer',
  'agreement',
  'joint-operation',
] as const;

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
export type Theme = (typeof THEMES)[number];

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
export type Role = (typeof ROLES)[number];

/**
 * How exact an amount is. "at-least" is a lower bound ("more than US$200 million"): any sum that
 * includes one is itself a lower bound. "about" is a rounded figure. No qualifier means exact.
 */
export const AMOUNT_QUALIFIERS = ['at-least', 'about'] as const;
export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];

/** What stage of money an amount is: IATI's transaction types and FTS's flow statuses meet here. */
export const AMOUNT_BASES = [
  'pledge',
  'commitment',
  'disbursement',
  'expenditure',
  'budget',
  'paid',
] as const;
export type AmountBasis = (typeof AMOUNT_BASES)[number];

/** Where an imported record came from. */
export const ORIGIN_FORMATS = ['iati', 'fts'] as const;
export type OriginFormat = (typeof ORIGIN_FORMATS)[number];

/** Why the importer took a record as mine action (src/data/import/mine-action-rule.ts). */
export const INCLUSION_RULES = [
  'dac-sector',
  'echo-sector',
  'humanitarian-cluster',
  'words',
  'fts-cluster',
] as const;
export type InclusionRule = (typeof INCLUSION_RULES)[number];

export const PARTNERSHIP_STATUSES = ['planned', 'active', 'completed', 'unknown'] as const;

/**
 * How sure the dataset is of a record. "disputed" means sources disagree: the record must
 * say how in its confidenceNote, and disputed figures keep every value with its source.
 */
export const CONFIDENCES = ['confirmed', 'reported', 'disputed', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const SUPPORTED_SCHEMA_VERSIONS = ['1.0'] as const;
/** The languages the dashboard speaks; the dataset may name things in each of them. */
export const LANGUAGES = ['en', 'km', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];
