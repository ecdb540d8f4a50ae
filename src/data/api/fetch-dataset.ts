import { buildModel, type DatasetModel } from '../selectors/model';
import { validateDataset } from '../schema/validate';
import { DatasetLoadError } from './dataset-errors';

// User Timing marks around each step, read by the benchmark (scripts/bench) and visible in DevTools'
// performance panel. A mark costs microseconds, so they stay in production builds.
const mark = (step: string) => performance.mark(`dataset:${step}`);

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
  const text = await response.text();
  mark('downloaded');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError({
      kind: 'invalid',
      problems: [
        { collection: 'document', field: '', message: `is not valid JSON (${(error as Error).message})` },
      ],
    });
  }
  mark('parsed');
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetLoadError({ kind: 'invalid', problems: result.problems });
  mark('validated');
  const model = buildModel(result.dataset);
  mark('indexed');
  return model;
}
