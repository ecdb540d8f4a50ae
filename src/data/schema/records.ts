import { z } from 'zod';
import { PeriodSchema } from './partial-date-schema';
import {
  CoordinatesSchema,
  CurrencySchema,
  IdSchema,
  Iso3Schema,
  LocalisedNamesSchema,
  NonEmptyTextSchema,
} from './primitives';
import {
  AmountBasisSchema,
  AmountQualifierSchema,
  ConfidenceSchema,
  InclusionRuleSchema,
  OriginFormatSchema,
  EventKindSchema,
  PartnershipKindSchema,
  PartnershipStatusSchema,
  RoleSchema,
  ThemeSchema,
} from './vocabulary-schemas';

/**
 * A number as the sources give it. When they disagree, every value is kept with the source
 * that gives it (e.g. 8 or 15 trainees); the dashboard shows the range, never one value picked silently.
 */
export const FigureSchema = z.union([
  z.number().nonnegative(),
  z.strictObject({
    disputed: z.literal(true),
    values: z
      .array(z.strictObject({ value: z.number().nonnegative(), source: IdSchema }))
      .min(2, 'a disputed figure needs at least two values'),
  }),
]);
export type Figure = z.infer<typeof FigureSchema>;

/** An organisation or a country (or both) taking part in a record in a given role. */
export const PartySchema = z
  .strictObject({
    organisation: IdSchema.optional(),
    country: Iso3Schema.optional().describe(
      "Defaults to the organisation's home country; give it for a country acting as a whole.",
    ),
    role: RoleSchema,
    note: NonEmptyTextSchema.optional(),
  })
  .refine((party) => party.organisation !== undefined || party.country !== undefined, {
    message: 'needs an organisation or a country',
  });
export type Party = z.infer<typeof PartySchema>;

export const PersonSchema = z.strictObject({
  name: NonEmptyTextSchema,
  title: NonEmptyTextSchema.optional().describe('Title as the source gives it.'),
  organisation: IdSchema.optional(),
  country: Iso3Schema.optional(),
  note: NonEmptyTextSchema.optional().describe('E.g. other spellings, or a title that sources disagree on.'),
});
export type Person = z.infer<typeof PersonSchema>;

export const PlaceSchema = z.strictObject({
  name: NonEmptyTextSchema,
  names: LocalisedNamesSchema.optional(),
  country: Iso3Schema,
  coordinates: CoordinatesSchema.optional().describe('Omit when the source does not say where.'),
  approximate: z
    .literal(true)
    .optional()
    .describe(
      'The source names only the country: the map draws the record at the country, marked approximate.',
    ),
});
export type Place = z.infer<typeof PlaceSchema>;

/** One provider's part of a joint amount, where the sources give the split (IATI transactions name each provider). */
export const ContributionSchema = z
  .strictObject({
    organisation: IdSchema.optional(),
    country: Iso3Schema.optional(),
    value: z.number().nonnegative(),
  })
  .refine((part) => part.organisation !== undefined || part.country !== undefined, {
    message: 'needs an organisation or a country',
  });
export type Contribution = z.infer<typeof ContributionSchema>;

export const AmountSchema = z.strictObject({
  value: FigureSchema.describe(
    'What funding figures count. For an activity that splits its sectors, the mine-action share.',
  ),
  currency: CurrencySchema,
  qualifier: AmountQualifierSchema.optional().describe(
    '"at-least" for a lower bound ("more than ..."), "about" for a rounded figure; omit when exact.',
  ),
  basis: AmountBasisSchema.optional().describe('Pledged, committed, disbursed, spent, budgeted or paid.'),
  share: z
    .strictObject({
      percent: z.number().gt(0).max(100),
      whole: z.number().nonnegative().describe("The activity's whole value, in the same currency."),
    })
    .optional()
    .describe("Set when value is the mine-action share (whole × percent) of a larger activity's money."),
  contributions: z
    .array(ContributionSchema)
    .min(1)
    .optional()
    .describe(
      "Each donor's part where sources give it. Without it, an amount with several donors is joint: counted once, never in full for each.",
    ),
  note: NonEmptyTextSchema.optional(),
});
export type Amount = z.infer<typeof AmountSchema>;

/** Why an importer took a record as mine action: the rule and what matched (a sector code, words). */
export const InclusionReasonSchema = z.strictObject({
  rule: InclusionRuleSchema,
  evidence: NonEmptyTextSchema,
});
export type InclusionReason = z.infer<typeof InclusionReasonSchema>;

/** Where an imported record came from: the open-data file's own identifiers, kept for tracing and merging. */
export const OriginSchema = z.strictObject({
  format: OriginFormatSchema,
  id: NonEmptyTextSchema.describe('The iati-identifier, or the FTS flow id.'),
  publisher: NonEmptyTextSchema.optional().describe('Who published the activity or reported the flow.'),
  lastUpdated: NonEmptyTextSchema.optional().describe('As the file gives it (an ISO date-time).'),
  reasons: z.array(InclusionReasonSchema).min(1, 'an imported record says why it was taken'),
});
export type Origin = z.infer<typeof OriginSchema>;

// Fields every record has, whatever its type.
const recordBase = {
  id: IdSchema,
  title: NonEmptyTextSchema,
  summary: NonEmptyTextSchema.optional(),
  period: PeriodSchema,
  parties: z.array(PartySchema).min(1, 'a record needs at least one party'),
  themes: z.array(ThemeSchema),
  people: z.array(PersonSchema).optional(),
  place: PlaceSchema.optional(),
  sources: z.array(IdSchema).min(1, 'every record needs at least one source'),
  confidence: ConfidenceSchema,
  confidenceNote: NonEmptyTextSchema.optional().describe('Required when sources disagree.'),
  origin: OriginSchema.optional().describe('Set on records imported from IATI or FTS.'),
};

export const PartnershipSchema = z.strictObject({
  ...recordBase,
  type: z.literal('partnership'),
  kind: PartnershipKindSchema,
  status: PartnershipStatusSchema,
  amount: AmountSchema.optional(),
});
export type Partnership = z.infer<typeof PartnershipSchema>;

export const TrainingSchema = z.strictObject({
  ...recordBase,
  type: z.literal('training'),
  place: PlaceSchema,
  participants: FigureSchema.optional().describe('Number of people trained, where known.'),
  topics: z.array(NonEmptyTextSchema),
  equipment: z.array(NonEmptyTextSchema),
});
export type Training = z.infer<typeof TrainingSchema>;

export const EventSchema = z.strictObject({
  ...recordBase,
  type: z.literal('event'),
  kind: EventKindSchema,
  place: PlaceSchema,
  outcomes: z.array(NonEmptyTextSchema),
});
export type CooperationEvent = z.infer<typeof EventSchema>;

export const CooperationRecordSchema = z.discriminatedUnion('type', [
  PartnershipSchema,
  TrainingSchema,
  EventSchema,
]);
export type CooperationRecord = z.infer<typeof CooperationRecordSchema>;
