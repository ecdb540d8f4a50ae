import { z } from 'zod';
import { PartialDateSchema } from './partial-date-schema';
import { HttpUrlSchema, IdSchema, Iso3Schema, LocalisedNamesSchema, NonEmptyTextSchema } from './primitives';
import { OrganisationKindSchema, RegionSchema } from './vocabulary-schemas';

export const CountrySchema = z.strictObject({
  iso3: Iso3Schema,
  name: NonEmptyTextSchema,
  names: LocalisedNamesSchema.optional(),
  region: RegionSchema,
});
export type Country = z.infer<typeof CountrySchema>;

export const OrganisationSchema = z.strictObject({
  id: IdSchema,
  name: NonEmptyTextSchema,
  names: LocalisedNamesSchema.optional(),
  acronym: NonEmptyTextSchema.optional(),
  kind: OrganisationKindSchema,
  country: Iso3Schema.nullable().describe('Home country; null for international bodies.'),
  url: HttpUrlSchema.optional(),
  iatiRef: NonEmptyTextSchema.optional().describe(
    'The IATI organisation identifier (e.g. GB-CHC-1001813): how importers recognise the organisation.',
  ),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** A public document that records cite by id. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: NonEmptyTextSchema,
  publisher: NonEmptyTextSchema,
  url: HttpUrlSchema,
  published: PartialDateSchema.optional().describe('Publication date, as precise as known.'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  note: NonEmptyTextSchema.optional().describe('E.g. that the page is a re-post or a translation.'),
});
export type Source = z.infer<typeof SourceSchema>;
