import type { Dataset } from '../schema/dataset';
import type { CooperationRecord } from '../schema/records';
import { DatasetLoadError } from './dataset-errors';
import type { ReadReply, ReadRequest } from './dataset-worker-protocol';
import type { ReadTimes } from './read-dataset';

export type ReadOutcome = { dataset: Dataset } & ReadTimes;

/** Reads one dataset file's bytes, in chunks; `close` lets go of the worker if the bytes never come. */
export interface DatasetReader {
  read(chunks: Uint8Array[], signal?: AbortSignal): Promise<ReadOutcome>;
  close(): void;
}

/** A file up to this size, uncompressed, is read on the page's thread (about 1,500 records). */
const ON_THREAD_MAX_BYTES = 1_000_000;
/** JSON compresses about tenfold, so a compressed response is judged by a tenth of that. */
const ON_THREAD_MAX_COMPRESSED_BYTES = ON_THREAD_MAX_BYTES / 10;

/**
 * Whether a dataset response is small enough to read on the page's thread. Reading a few hundred
 * records takes tens of milliseconds there; a worker first has to start a thread and fetch and compile
 * its own copy of zod, which on the bundled 109-record file made the map appear later, not sooner
 * (docs/performance.md). A file of unknown size goes to the worker, where a large one belongs.
 */
export function readsOnThread(headers: Headers): boolean {
  const length = Number(headers.get('Content-Length') ?? Number.NaN);
  if (!Number.isFinite(length)) return false;
  const compressed = (headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  return length <= (compressed ? ON_THREAD_MAX_COMPRESSED_BYTES : ON_THREAD_MAX_BYTES);
}

/**
 * Starts a dataset reader as soon as the response's headers say how big the file is, so its code
 * loads while the body downloads. A large file is parsed and validated in a Web Worker, off the
 * page's thread; a small one here. Where there is no Worker (unit tests in jsdom), or the browser
 * refuses to start one (a stricter Content-Security-Policy, no module workers), the reading runs here
 * too: slower for a large file, but the dashboard still opens.
 */
export function startDatasetReader(onThread: boolean): DatasetReader {
  const worker = onThread ? null : startWorker();
  return worker === null ? onThreadReader() : workerReader(worker);
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./dataset-worker.ts', import.meta.url), {
      type: 'module',
      name: 'dataset-reader',
    });
  } catch {
    return null;
  }
}

function onThreadReader(): DatasetReader {
  // zod and the validator load while the file downloads. Not awaited yet: read() reports a failure.
  const code = import('./read-dataset');
  code.catch(() => undefined);
  return {
    async read(chunks) {
      const { readDataset } = await code;
      const result = readDataset(chunks);
      if (!result.ok) throw new DatasetLoadError(result.failure);
      const { dataset, parsedAt, validatedAt } = result;
      return { dataset, parsedAt, validatedAt };
    },
    close() {},
  };
}

function workerReader(worker: Worker): DatasetReader {
  return {
    async read(chunks, signal) {
      try {
        return await collectReplies(worker, chunks, signal);
      } finally {
        worker.terminate();
      }
    },
    close: () => worker.terminate(),
  };
}

/** Sends the chunks (transferred, not copied) and puts the dataset back together from the worker's pieces. */
function collectReplies(worker: Worker, chunks: Uint8Array[], signal?: AbortSignal): Promise<ReadOutcome> {
  return new Promise<ReadOutcome>((resolve, reject) => {
    let head: Omit<Dataset, 'records'> | undefined;
    let times: ReadTimes | undefined;
    const records: CooperationRecord[] = [];
    signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    worker.onerror = (event) => {
      event.preventDefault();
      reject(
        new DatasetLoadError({ kind: 'network', detail: `the dataset reader failed: ${event.message}` }),
      );
    };
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const message = event.data;
      switch (message.type) {
        case 'head':
          head = message.head;
          times = message.times;
          break;
        case 'records':
          for (const record of message.records) records.push(record);
          break;
        case 'done':
          if (head === undefined || times === undefined)
            reject(new Error('the dataset reader sent records without the rest'));
          else resolve({ dataset: { ...head, records }, ...times });
          break;
        case 'failure':
          reject(new DatasetLoadError(message.failure));
          break;
      }
    };
    const request: ReadRequest = { chunks };
    // Each buffer once: two chunks may be views of one buffer, and listing it twice is an error.
    worker.postMessage(request, [...new Set(chunks.map((chunk) => chunk.buffer as ArrayBuffer))]);
  });
}
