import type { Dataset } from '../schema/dataset';
import type { CooperationRecord } from '../schema/records';
import type { DatasetLoadFailure } from './dataset-errors';
import type { ReadTimes } from './read-dataset';

/** The page sends the file's bytes in the chunks it read them in (transferred, not copied). */
export interface ReadRequest {
  chunks: Uint8Array[];
}

/**
 * The worker answers with the dataset in pieces: everything but the records, then the records in
 * batches, then "done". Each message is small enough to unpack on the page without a long task.
 */
export type ReadReply =
  | { type: 'head'; head: Omit<Dataset, 'records'>; times: ReadTimes }
  | { type: 'records'; records: CooperationRecord[] }
  | { type: 'done' }
  | { type: 'failure'; failure: DatasetLoadFailure };

/** Records per message: about 1 MB of structured clone, a few milliseconds to unpack. */
export const RECORDS_PER_MESSAGE = 2000;
