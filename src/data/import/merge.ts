// Base dataset + what each file gave -> one dataset. The rules live in ./merge/: organisations
// (id, IATI identifier, name), sources (id, URL), records (origin, newest copy, hand-entered kept),
// countries (ISO name and region), meta.
import type { Dataset } from '../schema/dataset';
import type { Country, Organisation } from '../schema/entities';
import type { CooperationRecord } from '../schema/records';
import { SUPPORTED_SCHEMA_VERSIONS } from '../schema/vocabulary';
import { importedMeta, updatedMeta } from './merge/build-meta';
import { mergeCountries } from './merge/merge-countries';
import { mergeOrganisations } from './merge/merge-organisations';
import { mergeRecords } from './merge/merge-records';
import { mergeSources } from './merge/merge-sources';
import { remapRecord } from './merge/remap-record';
import type { DuplicateItem, Fragment, ImportFormat, ImportProblem } from './types';

/** What one file contributes to the merge. Dataset files bring their countries too. */
export interface MergePart {
  file: string;
  format: ImportFormat;
  fragment: Fragment;
  countries?: Country[];
  /** A dataset file's own publisher, named in the new meta when there is no base. */
  publisher?: string;
}

export interface MergeOptions {
  base?: Dataset;
  /** YYYY-MM-DD: the merged dataset's as-of date. */
  today: string;
}

export type MergeResult =
  { ok: true; dataset: Dataset; duplicates: DuplicateItem[][] } | { ok: false; problems: ImportProblem[] };

/** Merges the files' fragments into the base dataset (or into a new one); every base record is kept. */
export function mergeImports(parts: readonly MergePart[], options: MergeOptions): MergeResult {
  const { base, today } = options;
  const organisations = mergeOrganisations(
    base?.organisations ?? [],
    parts.flatMap((part) => part.fragment.organisations),
  );
  const sources = mergeSources(
    base?.sources ?? [],
    parts.flatMap((part) => part.fragment.sources),
  );
  const remaps = { organisations: organisations.remap, sources: sources.remap };
  const records = mergeRecords(
    base?.records ?? [],
    parts.map((part) => ({
      file: part.file,
      records: part.fragment.records.map((record) => remapRecord(record, remaps)),
    })),
  );
  const countries = mergeCountries(
    [...(base?.countries ?? []), ...parts.flatMap((part) => part.countries ?? [])],
    organisations.organisations,
    records.records,
  );
  if (!countries.ok) {
    return {
      ok: false,
      problems: countries.unknown.map(({ iso3, item }) => ({
        file: fileNaming(parts, item) ?? 'the base dataset',
        item,
        message: `names country "${iso3}", which is not an ISO 3166-1 alpha-3 code we can name and place in a region`,
      })),
    };
  }
  const files = parts.map(({ file, format }) => ({ file, format }));
  const dataset: Dataset = {
    ...(base?.$schema === undefined ? {} : { $schema: base.$schema }),
    schemaVersion: base?.schemaVersion ?? SUPPORTED_SCHEMA_VERSIONS[0],
    meta: base
      ? updatedMeta(base.meta, files, today)
      : importedMeta(files, records.records, today, datasetPublishers(parts)),
    countries: countries.countries,
    organisations: referencedOrImported(organisations.organisations, base, records.records),
    sources: sources.sources,
    records: records.records,
  };
  return { ok: true, dataset, duplicates: records.duplicates };
}

/**
 * Every base organisation, and the imported ones some record names: an organisation named only by
 * an activity that was merged into a hand-entered record would otherwise stay behind with nothing.
 */
function referencedOrImported(
  organisations: Organisation[],
  base: Dataset | undefined,
  records: readonly CooperationRecord[],
): Organisation[] {
  const kept = new Set(base?.organisations.map((organisation) => organisation.id));
  for (const record of records) {
    for (const party of record.parties) if (party.organisation) kept.add(party.organisation);
    for (const person of record.people ?? []) if (person.organisation) kept.add(person.organisation);
    if (record.type !== 'partnership') continue;
    for (const part of record.amount?.contributions ?? []) if (part.organisation) kept.add(part.organisation);
  }
  return organisations.filter((organisation) => kept.has(organisation.id));
}

function fileNaming(parts: readonly MergePart[], item: string): string | undefined {
  return parts.find(
    (part) =>
      part.fragment.records.some((record) => record.id === item) ||
      part.fragment.organisations.some((organisation) => organisation.id === item),
  )?.file;
}

function datasetPublishers(parts: readonly MergePart[]): string[] {
  return parts.flatMap((part) => (part.publisher === undefined ? [] : [part.publisher]));
}
