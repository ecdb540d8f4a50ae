/// <reference lib="webworker" />
// Parses and validates the dataset off the page's main thread: for a national database of tens of
// thousands of records this is seconds of work, and the page must stay responsive meanwhile.
import type { ReadReply, ReadRequest } from './dataset-worker-protocol';
import { TextOfChunks } from './read-dataset';
import { readInPieces } from './read-in-pieces';

declare const self: DedicatedWorkerGlobalScope;

const text = new TextOfChunks();

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  // The chunks are decoded as they come, while the rest of the file downloads.
  if (request.type === 'chunk') text.add(request.chunk);
  else readInPieces(text.end(), (message: ReadReply) => self.postMessage(message));
};
