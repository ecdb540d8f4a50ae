/// <reference lib="webworker" />
// Parses and validates the dataset off the page's main thread: for a national database of tens of
// thousands of records this is seconds of work, and the page must stay responsive meanwhile.
import type { ReadReply, ReadRequest } from './dataset-worker-protocol';
import { ChunkedDatasetReader } from './read-in-pieces';

declare const self: DedicatedWorkerGlobalScope;

const reader = new ChunkedDatasetReader();

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  if (request.type === 'chunk') reader.add(request.chunk);
  else reader.end((message: ReadReply) => self.postMessage(message));
};
