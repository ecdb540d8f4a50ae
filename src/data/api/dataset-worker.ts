/// <reference lib="webworker" />
// Parses and validates the dataset off the page's main thread: for a national database of tens of
// thousands of records this is seconds of work, and the page must stay responsive meanwhile.
import { RECORDS_PER_MESSAGE, type ReadReply, type ReadRequest } from './dataset-worker-protocol';
import { readDataset } from './read-dataset';

declare const self: DedicatedWorkerGlobalScope;

const reply = (message: ReadReply) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const result = readDataset(event.data.chunks);
  if (!result.ok) {
    reply({ type: 'failure', failure: result.failure });
    return;
  }
  const { records, ...head } = result.dataset;
  reply({ type: 'head', head, times: { parsedAt: result.parsedAt, validatedAt: result.validatedAt } });
  for (let start = 0; start < records.length; start += RECORDS_PER_MESSAGE) {
    reply({ type: 'records', records: records.slice(start, start + RECORDS_PER_MESSAGE) });
  }
  reply({ type: 'done' });
};
