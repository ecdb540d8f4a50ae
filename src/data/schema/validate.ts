import { z } from 'zod';
import { DatasetMetaSchema, SchemaVersionSchema, type Dataset } from './dataset';
import {
  CountrySchema,
  OrganisationSchema,
  SourceSchema,
  type Country,
  type Organisation,
  type Source,
} from './entities';
import { CooperationRecordSchema, type CooperationRecord } from './records';
import { formatPath, type DatasetProblem } from './problems';
import { findReferenceProblems, type CheckedLists } from './references';

export { formatPath, formatProblem, problemLocation, type DatasetProblem } from './problems';

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

// The document's frame; its lists are checked item by item below so that one bad record
// does not hide the problems of the others.
const FrameSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: SchemaVersionSchema,
  meta: DatasetMetaSchema,
  countries: z.array(z.unknown()),
  organisations: z.array(z.unknown()),
  sources: z.array(z.unknown()),
  records: z.array(z.unknown()),
});

const VersionOnlySchema = z.looseObject({ schemaVersion: SchemaVersionSchema });

/** Checks a parsed JSON value against the data contract and lists every problem found. */
export function validateDataset(input: unknown): DatasetValidation {
  // A document in a version we do not read would otherwise drown the reader in field errors.
  const version = VersionOnlySchema.safeParse(input);
  if (!version.success) return { ok: false, problems: describeIssues(input, version.error.issues) };

  const frame = FrameSchema.safeParse(input);
  if (!frame.success) return { ok: false, problems: describeIssues(input, frame.error.issues) };

  const issues: PathIssue[] = [];
  const lists: CheckedLists = {
    countries: checkItems(frame.data.countries, CountrySchema, 'countries', issues),
    organisations: checkItems(frame.data.organisations, OrganisationSchema, 'organisations', issues),
    sources: checkItems(frame.data.sources, SourceSchema, 'sources', issues),
    records: checkItems(frame.data.records, CooperationRecordSchema, 'records', issues),
  };
  issues.push(...findReferenceProblems(lists, frame.data));
  if (issues.length > 0) return { ok: false, problems: describeIssues(input, issues) };

  const { $schema, schemaVersion, meta } = frame.data;
  const dataset: Dataset = {
    ...($schema === undefined ? {} : { $schema }),
    schemaVersion,
    meta,
    countries: lists.countries as Country[],
    organisations: lists.organisations as Organisation[],
    sources: lists.sources as Source[],
    records: lists.records as CooperationRecord[],
  };
  return { ok: true, dataset };
}

interface PathIssue {
  path: readonly PropertyKey[];
  message: string;
}

function checkItems<T>(
  items: unknown[],
  schema: z.ZodType<T>,
  collection: string,
  issues: PathIssue[],
): (T | undefined)[] {
  return items.map((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      issues.push({ path: [collection, index, ...issue.path], message: issue.message });
    }
    return undefined;
  });
}

function describeIssues(input: unknown, issues: readonly PathIssue[]): DatasetProblem[] {
  return issues.map((issue) => describeIssue(input, issue));
}

function describeIssue(input: unknown, issue: PathIssue): DatasetProblem {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
  const [collection, index, ...rest] = path;
  if (typeof collection !== 'string') {
    return { collection: 'document', field: '', message: issue.message };
  }
  if (typeof index !== 'number') {
    return { collection: 'document', field: formatPath(path), message: issue.message };
  }
  const itemId = identify(input, collection, index);
  return {
    collection,
    itemId: itemId ?? `#${index + 1}`,
    field: formatPath(rest),
    message: issue.message,
  };
}

function identify(input: unknown, collection: string, index: number): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const list = (input as Record<string, unknown>)[collection];
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const { id, iso3 } = item as { id?: unknown; iso3?: unknown };
  if (typeof id === 'string' && id !== '') return id;
  if (typeof iso3 === 'string' && iso3 !== '') return iso3;
  return undefined;
}
