import type { Dataset } from '../schema/dataset';
import type { CooperationRecord } from '../schema/records';
import type { DatasetLoadFailure } from './dataset-errors';

/**
 * The page sends the file's bytes chunk by chunk as they arrive (transferred, not copied), so the
 * worker decodes them while the rest downloads, then says that the file is complete.
 */
export type ReadRequest = { type: 'chunk'; chunk: Uint8Array } | { type: 'end' };

/**
 * The worker answers with the dataset in pieces as they pass the check (validate.ts,
 * checkDatasetInSteps): everything but the records, then the records in batches, then the verdict.
 * The page unpacks and indexes each batch while the worker checks the next, and each message is small
 * enough to unpack without a long task. Pieces sent before a failure are thrown away.
 * Times are epoch milliseconds, comparable across threads.
 */
export type ReadReply =
  | { type: 'head'; head: Omit<Dataset, 'records'>; recordCount: number; parsedAt: number }
  | { type: 'records'; records: CooperationRecord[] }
  | {
      /** A batch as the JSON text of a list, cut from the file (record-spans.ts): cheaper to send than objects. */
      type: 'records-text';
      text: string;
      /** Records of the batch that zod had to change (trimmed text), by their place in it. */
      changed: [at: number, record: CooperationRecord][];
    }
  | { type: 'done'; validatedAt: number }
  | { type: 'failure'; failure: DatasetLoadFailure };

/**
 * Records per message: about 650 kB of text. At 2,000 the page's task for a batch (parse, add, index)
 * took a median 9 ms and up to 43 ms on the 2-core development machine (docs/performance.md); half
 * that keeps a phone several times slower well under the 200 ms a task may take.
 */
export const RECORDS_PER_MESSAGE = 1000;
