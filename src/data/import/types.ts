// The importer's contract: what each format reader returns, and what an import reports.
// Pure data, no DOM and no Node: the same core runs in the CLI (scripts/import.ts) and in the
// app's import worker.
import type { Dataset } from '../schema/dataset';
import type { Organisation, Source } from '../schema/entities';
import type { CooperationRecord, InclusionReason } from '../schema/records';

/** One file handed to the importer: its name (for messages) and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

export type ImportFormat = 'iati' | 'fts' | 'dataset';

/**
 * What one format reader makes of one file, before merging. Records refer to organisations by the
 * ids in `organisations` and to countries by ISO 3166-1 alpha-3 code; the merge step creates the
 * country entries (name, region) and reconciles organisations by their IATI identifier.
 */
export interface Fragment {
  organisations: Organisation[];
  sources: Source[];
  records: CooperationRecord[];
}

/** Something the importer changed or dropped so the data fits the contract without inventing anything. */
export type RepairKind =
  | 'channel-code-as-org-ref' // a CRS channel code (e.g. "20000") used as an organisation identifier
  | 'placeholder-org-ref' // "N/A", "0", "-" and the like used as an organisation identifier
  | 'far-future-date' // a planned date decades away (e.g. 2050)
  | 'negative-value' // a negative expenditure or disbursement (a refund or correction)
  | 'second-currency' // money in another currency than the amount's, kept apart and not added
  | 'unknown-country' // a country code that is not ISO 3166-1
  | 'bad-coordinates' // a location point that is not "latitude longitude" in range
  | 'unsafe-link' // a document link that is not http(s)
  | 'mojibake' // text decoded twice (e.g. "Ã©" for "é") was repaired
  | 'other';

export interface Repair {
  kind: RepairKind;
  /** The activity or flow id, where there is one. */
  item?: string;
  /** The element or field path, e.g. "iati-activity/participating-org[2]/@ref". */
  path?: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** What was found and what was done, in plain English for the CLI; the app shows it as data. */
  detail: string;
}

export interface TakenItem {
  id: string;
  title: string;
  reasons: InclusionReason[];
}

export interface LeftOutItem {
  id: string;
  title: string;
  /** Why the rule did not take it, e.g. "no mine-action sector, cluster or words". */
  why: string;
}

export interface DuplicateItem {
  id: string;
  /** Which copy was kept, e.g. "kept the copy last updated 2021-03-04 (file b.xml)". */
  detail: string;
}

/** What happened to one file. */
export interface FileReport {
  file: string;
  format: ImportFormat;
  /** The IATI standard version the file declares, e.g. "2.03" or "1.05". */
  version?: string;
  /** Activities, flows or records in the file. */
  read: number;
  taken: TakenItem[];
  leftOut: LeftOutItem[];
  duplicates: DuplicateItem[];
  repairs: Repair[];
}

/** A reason the import cannot go on. Says where as precisely as the file allows. */
export interface ImportProblem {
  file: string;
  /** The activity or flow id, where known. */
  item?: string;
  /** The element path (XML) or JSON path, where known. */
  path?: string;
  line?: number;
  message: string;
}

export type ImportResult =
  | { ok: true; dataset: Dataset; reports: FileReport[] }
  | { ok: false; problems: ImportProblem[]; reports: FileReport[] };

/** Files larger than this are refused with a message before any parsing (characters of text). */
export const MAX_IMPORT_CHARS = 100 * 1024 * 1024;

/** What a format reader (iati/read-iati.ts, fts/read-fts.ts) returns for one file. */
export type FormatOutcome =
  { ok: true; fragment: Fragment; report: FileReport } | { ok: false; problems: ImportProblem[] };

export interface ImportOptions {
  /** The dataset to merge into; every record it has is kept. */
  into?: Dataset;
  /** Today's date (YYYY-MM-DD), for the new dataset's as-of date; tests pass a fixed one. */
  today?: string;
  /** Called as the import moves on, for a progress indicator. */
  onProgress?: (progress: ImportProgress) => void;
}

/** Where an import is: reading file `fileIndex` (0-based) of `fileCount`, or merging and checking the result. */
export interface ImportProgress {
  stage: 'reading' | 'merging' | 'validating';
  fileIndex: number;
  fileCount: number;
  /** The file being read; absent while merging and validating. */
  file?: string;
}
