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
import { compileQuickCheck, type QuickCheck } from './quick-check';
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

// Each item is first put to a quick check compiled from its schema (quick-check.ts): an item it passes
// is valid as given and stands for zod's output. zod parses the rest, to name what is wrong or to
// trim what needs it; its answer is the verdict. If a schema cannot be compiled, zod checks everything.
const quickly = (schema: z.ZodType): QuickCheck => {
  try {
    return compileQuickCheck(schema);
  } catch {
    return () => false;
  }
};
const QUICK = {
  frame: quickly(FrameSchema),
  countries: quickly(CountrySchema),
  organisations: quickly(OrganisationSchema),
  sources: quickly(SourceSchema),
  records: quickly(CooperationRecordSchema),
};

/** Checks a parsed JSON value against the data contract and lists every problem found. */
export function validateDataset(input: unknown): DatasetValidation {
  const steps = checkDatasetInSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** What passed so far, while no problem has been found: first everything but the records, then the records in batches. */
export type CheckedPart =
  | { kind: 'head'; head: Omit<Dataset, 'records'>; recordCount: number }
  /** Records `start` onwards of the file's list; each is the item as given unless zod had to change it (trimmed text). */
  | { kind: 'records'; start: number; records: CooperationRecord[] };

/**
 * The same check as validateDataset, handing over each part as soon as it has passed, so a reader can
 * send the records on while the rest are still being checked. Once a problem is found nothing more
 * is handed over, but the check goes on to the end, since the verdict lists every problem; what was
 * handed over before is then to be thrown away. The verdict is what counts: the generator's return.
 */
export function* checkDatasetInSteps(
  input: unknown,
  recordsPerBatch = 2000,
): Generator<CheckedPart, DatasetValidation> {
  // A document in a version we do not read would otherwise drown the reader in field errors.
  const version = VersionOnlySchema.safeParse(input);
  if (!version.success) return { ok: false, problems: describeIssues(input, version.error.issues) };

  // The frame as given when it passes the quick check: zod's copy would walk every list once more.
  const frame = QUICK.frame(input)
    ? { success: true as const, data: input as z.infer<typeof FrameSchema> }
    : FrameSchema.safeParse(input);
  if (!frame.success) return { ok: false, problems: describeIssues(input, frame.error.issues) };

  const issues: PathIssue[] = [];
  const countries = checkItems(frame.data.countries, CountrySchema, QUICK.countries, 'countries', issues);
  const organisations = checkItems(
    frame.data.organisations,
    OrganisationSchema,
    QUICK.organisations,
    'organisations',
    issues,
  );
  const sources = checkItems(frame.data.sources, SourceSchema, QUICK.sources, 'sources', issues);
  const { $schema, schemaVersion, meta } = frame.data;
  const head: Omit<Dataset, 'records'> = {
    ...($schema === undefined ? {} : { $schema }),
    schemaVersion,
    meta,
    countries: countries as Country[],
    organisations: organisations as Organisation[],
    sources: sources as Source[],
  };
  const rawRecords = frame.data.records;
  if (issues.length === 0) yield { kind: 'head', head, recordCount: rawRecords.length };

  const records: (CooperationRecord | undefined)[] = [];
  for (let start = 0; start < rawRecords.length; start += recordsPerBatch) {
    const batch = checkItems(
      rawRecords.slice(start, start + recordsPerBatch),
      CooperationRecordSchema,
      QUICK.records,
      'records',
      issues,
      start,
    );
    for (const record of batch) records.push(record);
    if (issues.length === 0) yield { kind: 'records', start, records: batch as CooperationRecord[] };
  }

  const lists: CheckedLists = { countries, organisations, sources, records };
  issues.push(...findReferenceProblems(lists, frame.data));
  if (issues.length > 0) return { ok: false, problems: describeIssues(input, issues) };
  return { ok: true, dataset: { ...head, records: records as CooperationRecord[] } };
}

interface PathIssue {
  path: readonly PropertyKey[];
  message: string;
}

function checkItems<T>(
  items: unknown[],
  schema: z.ZodType<T>,
  quick: QuickCheck,
  collection: string,
  issues: PathIssue[],
  firstIndex = 0,
): (T | undefined)[] {
  return items.map((item, index) => {
    if (quick(item)) return item as T;
    const result = schema.safeParse(item);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      issues.push({ path: [collection, firstIndex + index, ...issue.path], message: issue.message });
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
