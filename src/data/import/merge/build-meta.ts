// The dataset's meta after an import: the base's own, dated today with a note naming the files;
// or, without a base, an honest description of what was imported and from whom.
import type { DatasetMeta } from '../../schema/dataset';
import type { CooperationRecord } from '../../schema/records';
import type { ImportFormat } from '../types';

export interface ImportedFile {
  file: string;
  format: ImportFormat;
}

const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  iati: 'IATI activity file',
  fts: 'OCHA FTS flow-search response',
  dataset: 'dataset',
};

// Licences belong to each publisher. FTS states that anyone may use its data
// (fts.unocha.org, "About FTS"); IATI publishers each choose an open licence (the IATI Standard's
// licensing guidance), so the standard's site is the best single pointer for IATI data.
const FTS_TERMS_URL = 'https://fts.unocha.org/content/about-fts-what-fts';
const IATI_URL = 'https://iatistandard.org/';
const MAX_NAMED_PUBLISHERS = 6;

export function describeFiles(files: readonly ImportedFile[]): string {
  // The file's own name, not the folder it was read from on someone's machine.
  return files.map((file) => `${baseName(file.file)} (${FORMAT_NAMES[file.format]})`).join(', ');
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The base's meta, as of today, with a note on what was merged in. */
export function updatedMeta(meta: DatasetMeta, files: readonly ImportedFile[], today: string): DatasetMeta {
  const note = `On ${today} open data was imported into this dataset from ${describeFiles(files)}; imported records carry their origin and cite their source.`;
  return { ...meta, asOf: today, notes: [...(meta.notes ?? []), note] };
}

/** Meta for a dataset made only of imported files. */
export function importedMeta(
  files: readonly ImportedFile[],
  records: readonly CooperationRecord[],
  today: string,
  otherPublishers: readonly string[] = [],
): DatasetMeta {
  const publishers = [
    ...new Set([
      ...otherPublishers,
      ...records.flatMap((record) => (record.origin?.publisher ? [record.origin.publisher] : [])),
    ]),
  ];
  const named = publishers.slice(0, MAX_NAMED_PUBLISHERS).join('; ');
  const more = publishers.length - MAX_NAMED_PUBLISHERS;
  const publisher =
    publishers.length === 0
      ? 'The publishers named in the sources'
      : more > 0
        ? `${named}; and ${more} other${more === 1 ? '' : 's'}`
        : named;
  const onlyFts = files.every((file) => file.format === 'fts');
  return {
    title: 'Imported open data',
    description: `Records taken as mine action from ${files.length} open-data file(s): ${describeFiles(files)}. Each imported record says where it comes from and why it was taken (its origin), and cites the original.`,
    asOf: today,
    publisher,
    licence: {
      name: 'As published by each publisher; see the sources',
      url: onlyFts ? FTS_TERMS_URL : IATI_URL,
    },
    citation: `${publisher}. Imported open data (as of ${today}), from ${describeFiles(files)}. Cite the sources of each record.`,
    synthetic: false,
  };
}
