import { z } from 'zod';
import { CountrySchema, OrganisationSchema, SourceSchema } from './entities';
import { PartialDateSchema } from './partial-date-schema';
import { HttpUrlSchema, NonEmptyTextSchema } from './primitives';
import { CooperationRecordSchema } from './records';
import { SUPPORTED_SCHEMA_VERSIONS } from './vocabulary';

export const SchemaVersionSchema = z.enum(SUPPORTED_SCHEMA_VERSIONS, {
  error: (issue) =>
    `schema version ${JSON.stringify(issue.input)} is not supported; this dashboard reads ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}`,
});

export const DatasetMetaSchema = z.strictObject({
  title: NonEmptyTextSchema,
  description: NonEmptyTextSchema,
  asOf: PartialDateSchema.describe('The date the data was last checked.'),
  publisher: NonEmptyTextSchema,
  licence: z.strictObject({ name: NonEmptyTextSchema, url: HttpUrlSchema }),
  citation: NonEmptyTextSchema.describe('How to cite the dataset.'),
  synthetic: z
    .boolean()
    .describe('True for generated test data; such a dataset must never be shown as real.'),
  notes: z.array(NonEmptyTextSchema).optional(),
});
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

/** The whole dataset document. Cross-references are checked in ./references.ts. */
export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: SchemaVersionSchema,
  meta: DatasetMetaSchema,
  countries: z.array(CountrySchema),
  organisations: z.array(OrganisationSchema),
  sources: z.array(SourceSchema),
  records: z.array(CooperationRecordSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;
