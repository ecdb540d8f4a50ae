import { buildModel, type DatasetModel } from '../selectors/model';
import { DatasetLoadError } from './dataset-errors';
import { readDatasetOffThread } from './read-off-thread';

/**
 * Where the dataset lives, relative to the page, so a build served from a sub-path
 * (https://example.org/tools/dashboard/) finds its own copy.
 */
export function datasetUrl(base: string = document.baseURI): string {
  return new URL('api/v1/dataset.json', base).href;
}

/** Fetches the dataset, checks it against the contract and indexes it. Everything after this trusts its types. */
export async function fetchDataset(signal?: AbortSignal): Promise<DatasetModel> {
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
  // The page only downloads; parsing and validation happen in a worker (read-off-thread.ts).
  const bytes = await response.arrayBuffer();
  return buildModel(await readDatasetOffThread(bytes, signal));
}
