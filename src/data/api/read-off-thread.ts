import type { CooperationRecord } from '../schema/records';
import { buildModel, type DatasetModel } from '../selectors/model';
import { prepareRecordIndex } from '../selectors/record-index';
import { assembleDataset, type DatasetAssembly } from './assemble-dataset';
import { DatasetLoadError } from './dataset-errors';
import type { ReadReply, ReadRequest } from './dataset-worker-protocol';
import type { ReadTimes } from './read-dataset';

/** The checked dataset as a model whose record index is ready, and when parsing and checking finished. */
export type ReadOutcome = { model: DatasetModel } & ReadTimes;

/**
 * Reads one dataset file's bytes: `add` each chunk as it arrives, then `read` once the last has.
 * `close` lets go of the worker if the bytes never all come.
 */
export interface DatasetReader {
  add(chunk: Uint8Array): void;
  read(signal?: AbortSignal): Promise<ReadOutcome>;
  close(): void;
}

/** A file up to this size, uncompressed, is read on the page's thread (about 1,500 records). */
const ON_THREAD_MAX_BYTES = 1_000_000;
/** JSON compresses about tenfold, so a compressed response is judged by a tenth of that. */
const ON_THREAD_MAX_COMPRESSED_BYTES = ON_THREAD_MAX_BYTES / 10;

/** Where a dataset file is read: here, in a worker, or, when its size is unknown, by the bytes seen. */
export type ReadingPlace = 'thread' | 'worker' | 'by-bytes-seen';

/**
 * Where a dataset response is read, from its headers. Reading a few hundred records takes tens of
 * milliseconds on the page's thread; a worker first has to start a thread and fetch and compile its
 * own copy of zod, which on the bundled file made the map appear later, not sooner
 * (docs/performance.md). A response without a usable Content-Length is the usual case on a real
 * host: nginx compresses on the fly and streams, so it sends none. Its size is then judged by the
 * bytes as they arrive.
 */
export function readingPlace(headers: Headers): ReadingPlace {
  const length = Number(headers.get('Content-Length') ?? Number.NaN);
  if (!Number.isFinite(length)) return 'by-bytes-seen';
  const compressed = (headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  return length <= (compressed ? ON_THREAD_MAX_COMPRESSED_BYTES : ON_THREAD_MAX_BYTES) ? 'thread' : 'worker';
}

/**
 * Starts a dataset reader as soon as the response's headers have come, so its code loads while the
 * body downloads. A large file is parsed and validated in a Web Worker, off the page's thread; a small
 * one here. Where there is no Worker (unit tests in jsdom), or the browser refuses to start one (a
 * stricter Content-Security-Policy, no module workers), the reading runs here too: slower for a large
 * file, but the dashboard still opens.
 */
export function startDatasetReader(place: ReadingPlace): DatasetReader {
  if (place === 'by-bytes-seen') return readerBySizeSeen();
  const worker = place === 'thread' ? null : startWorker();
  return worker === null ? onThreadReader() : workerReader(worker);
}

/**
 * For a file of unknown size: the chunks wait here until they pass ON_THREAD_MAX_BYTES (decoded
 * bytes: fetch has already uncompressed them), then a worker takes them and the rest; a file that
 * ends before that is read here. The worker starts a little later than it would with a length to go
 * by (after the first megabyte, a small part of a large file's download); the small file, the common
 * case, never pays for one.
 */
function readerBySizeSeen(): DatasetReader {
  const here = onThreadReader();
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let worker: DatasetReader | null = null;
  let workerRefused = false;
  return {
    add(chunk) {
      if (worker !== null) return worker.add(chunk);
      held.push(chunk);
      heldBytes += chunk.byteLength;
      if (heldBytes <= ON_THREAD_MAX_BYTES || workerRefused) return;
      const started = startWorker();
      if (started === null) {
        workerRefused = true;
        return;
      }
      worker = workerReader(started);
      for (const early of held.splice(0)) worker.add(early);
    },
    read(signal) {
      if (worker !== null) return worker.read(signal);
      for (const chunk of held) here.add(chunk);
      return here.read(signal);
    },
    close: () => worker?.close(),
  };
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
  const chunks: Uint8Array[] = [];
  return {
    add: (chunk) => chunks.push(chunk),
    async read() {
      const { readDataset } = await code;
      const result = readDataset(chunks);
      if (!result.ok) throw new DatasetLoadError(result.failure);
      const { dataset, parsedAt, validatedAt } = result;
      const model = buildModel(dataset);
      // The filter's index, built now in slices rather than in one long task at the first render.
      await prepareRecordIndex(model);
      return { model, parsedAt, validatedAt };
    },
    close() {},
  };
}

function workerReader(worker: Worker): DatasetReader {
  return {
    add(chunk) {
      // A chunk is transferred whole, so one that is a view into a larger buffer is copied out first.
      const own =
        chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
      const request: ReadRequest = { type: 'chunk', chunk: own };
      worker.postMessage(request, [own.buffer as ArrayBuffer]);
    },
    async read(signal) {
      try {
        return await collectReplies(worker, signal);
      } finally {
        worker.terminate();
      }
    },
    close: () => worker.terminate(),
  };
}

/** Says the file is complete and puts the model together from the worker's pieces. */
function collectReplies(worker: Worker, signal?: AbortSignal): Promise<ReadOutcome> {
  return new Promise<ReadOutcome>((resolve, reject) => {
    let assembly: DatasetAssembly | undefined;
    let parsedAt = Number.NaN;
    signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    worker.onerror = (event) => {
      event.preventDefault();
      reject(
        new DatasetLoadError({ kind: 'network', detail: `the dataset reader failed: ${event.message}` }),
      );
    };
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const message = event.data;
      try {
        switch (message.type) {
          case 'head':
            assembly = assembleDataset(message.head, message.recordCount);
            parsedAt = message.parsedAt;
            break;
          case 'records':
          case 'records-text':
            if (assembly === undefined) throw new Error('the dataset reader sent records before the rest');
            assembly.addRecords(message.type === 'records' ? message.records : recordsOfText(message));
            break;
          case 'done':
            if (assembly === undefined)
              throw new Error('the dataset reader sent a verdict without the dataset');
            resolve({ model: assembly.finish(), parsedAt, validatedAt: message.validatedAt });
            break;
          case 'failure':
            reject(new DatasetLoadError(message.failure));
            break;
        }
      } catch (error) {
        reject(error as Error);
      }
    };
    const request: ReadRequest = { type: 'end' };
    worker.postMessage(request);
  });
}

/** A batch sent as text: parsed here, with the records zod changed put in their places. */
function recordsOfText({ text, changed }: Extract<ReadReply, { type: 'records-text' }>): CooperationRecord[] {
  const records = JSON.parse(text) as CooperationRecord[];
  for (const [at, record] of changed) records[at] = record;
  return records;
}
