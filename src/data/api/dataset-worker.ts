/// <reference lib="webworker" />
// Parses and validates the dataset off the page's main thread: for a national database of tens of
// thousands of records this is seconds of work, and the page must stay responsive meanwhile.
import { RECORDS_PER_MESSAGE, type ReadReply, type ReadRequest } from './dataset-worker-protocol';
import { readDatasetText, TextOfChunks } from './read-dataset';

declare const self: DedicatedWorkerGlobalScope;

const reply = (message: ReadReply) => self.postMessage(message);

const text = new TextOfChunks();

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  if (request.type === 'chunk') {
    text.add(request.chunk);
    return;
  }
  // Each part is sent as soon as it has passed, so the page unpacks and indexes the records while
  // the rest are checked; the verdict follows the last of them.
  const result = readDatasetText(
    text.end(),
    (part, parsedAt) =>
      reply(
        part.kind === 'head'
          ? { type: 'head', head: part.head, recordCount: part.recordCount, parsedAt }
          : { type: 'records', records: part.records },
      ),
    RECORDS_PER_MESSAGE,
  );
  reply(
    result.ok
      ? { type: 'done', validatedAt: result.validatedAt }
      : { type: 'failure', failure: result.failure },
  );
};
