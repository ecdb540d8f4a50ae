import type { Dataset } from '../schema/dataset';
import type { CooperationRecord } from '../schema/records';
import { DatasetLoadError } from './dataset-errors';
import type { ReadReply, ReadRequest } from './dataset-worker-protocol';
import type { ReadTimes } from './read-dataset';

export type ReadOutcome = { dataset: Dataset } & ReadTimes;

/**
 * Parses and validates the dataset's bytes in a Web Worker and collects the pieces it sends back.
 * Where there is no Worker (unit tests in jsdom), the same reading runs here, loaded on demand.
 */
export async function readDatasetOffThread(bytes: ArrayBuffer, signal?: AbortSignal): Promise<ReadOutcome> {
  if (typeof Worker === 'undefined') {
    const { readDataset } = await import('./read-dataset');
    const result = readDataset(bytes);
    if (!result.ok) throw new DatasetLoadError(result.failure);
    const { dataset, parsedAt, validatedAt } = result;
    return { dataset, parsedAt, validatedAt };
  }

  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), {
    type: 'module',
    name: 'dataset-reader',
  });
  try {
    return await new Promise<ReadOutcome>((resolve, reject) => {
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
      const request: ReadRequest = { bytes };
      worker.postMessage(request, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
