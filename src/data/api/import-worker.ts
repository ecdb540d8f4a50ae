/// <reference lib="webworker" />
// Reads and imports a data file the reader opened, off the page's main thread: an IATI file of
// thousands of activities takes seconds to parse, and the page must keep answering meanwhile.
// The file never leaves the browser: this worker makes no request.
import type { ImportRequest } from './import-worker-protocol';
import { runImport } from './run-import';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void runImport(event.data, (message) => self.postMessage(message));
};
