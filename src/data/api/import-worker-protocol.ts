import type { FileReport, ImportProblem } from '../import/types';
import type { Dataset } from '../schema/dataset';
import type { CooperationRecord } from '../schema/records';

/** The page sends the files themselves: a File is cloned as a handle, so the worker reads the bytes. */
export interface ImportRequest {
  files: File[];
  /** The reader's day (YYYY-MM-DD), for the imported dataset's as-of date. */
  today: string;
}

/** What the importer is doing; the page adds "indexing" once the dataset is back. */
export type ImportStep = 'reading' | 'importing' | 'checking';

/**
 * The worker says which step it is on, then sends the dataset as the dataset reader does: everything
 * but the records, the records in batches (each small enough to unpack without a long task), "done".
 */
export type ImportReply =
  | { type: 'step'; step: ImportStep }
  | { type: 'head'; head: Omit<Dataset, 'records'>; reports: FileReport[] }
  | { type: 'records'; records: CooperationRecord[] }
  | { type: 'done' }
  | { type: 'failure'; problems: ImportProblem[]; reports: FileReport[] };
