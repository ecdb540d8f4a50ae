import type { DatasetModel } from '../selectors/model';
import { DatasetLoadError } from './dataset-errors';
import { readBody } from './read-body';
import { readingPlace, startDatasetReader } from './read-off-thread';

// User Timing marks around each step, read by the benchmark (scripts/bench) and visible in DevTools'
// performance panel. A mark costs microseconds, so they stay in production builds.
const mark = (step: string) => performance.mark(`dataset:${step}`);
/** A mark at a moment given as epoch milliseconds (the worker's clock has another origin). */
const markAt = (step: string, epochMs: number) =>
  performance.mark(`dataset:${step}`, { startTime: Math.max(0, epochMs - performance.timeOrigin) });

/**
 * Where the dataset lives, relative to the page, so a build served from a sub-path
 * (https://example.org/tools/dashboard/) finds its own copy.
 */
export function datasetUrl(base: string = document.baseURI): string {
  return new URL('api/v1/dataset.json', base).href;
}

/** Fetches the dataset, checks it against the contract and indexes it. Everything after this trusts its types. */
export async function fetchDataset(signal?: AbortSignal): Promise<DatasetModel> {
  mark('fetch-start');
  let response: Response;
  try {
    response = await fetch(datasetUrl(), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError({ kind: 'network', detail: (error as Error).message });
  }
  if (!response.ok) {
    throw new DatasetLoadError({ kind: 'http', status: response.status, statusText: response.statusText });
  }
  // The reader starts before the body has arrived, so its code loads while the file downloads, and
  // it is given each chunk as it arrives.
  const reader = startDatasetReader(readingPlace(response.headers));
  try {
    await readBody(response, (chunk) => reader.add(chunk));
  } catch (error) {
    reader.close();
    throw error;
  }
  mark('downloaded');
  // A worker (or, for a small file, this thread: read-off-thread.ts) parses and validates, and the
  // model and its record index are built here meanwhile (or, on the thread, after). The reader says
  // when parsing and validation finished, so the marks cover them too.
  const { model, parsedAt, validatedAt } = await reader.read(signal);
  markAt('parsed', parsedAt);
  markAt('validated', validatedAt);
  mark('indexed');
  return model;
}
