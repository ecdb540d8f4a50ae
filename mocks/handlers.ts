import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { emptyDataset, invalidDataset, sampleDataset } from './datasets';
import type { ScenarioName } from './scenarios';

// Matches the dataset wherever the app is served from (it fetches a relative URL).
const DATASET_PATH = '*/api/v1/dataset.json';

/** One handler per scenario; no backend logic, only the responses a static host can give. */
export const scenarios: Record<ScenarioName, HttpHandler> = {
  default: http.get(DATASET_PATH, () => HttpResponse.json(sampleDataset)),
  slow: http.get(DATASET_PATH, async () => {
    await delay(4000);
    return HttpResponse.json(sampleDataset);
  }),
  'server-error': http.get(DATASET_PATH, () =>
    HttpResponse.json({ error: 'Service unavailable' }, { status: 503, statusText: 'Service Unavailable' }),
  ),
  empty: http.get(DATASET_PATH, () => HttpResponse.json(emptyDataset)),
  invalid: http.get(DATASET_PATH, () => HttpResponse.json(invalidDataset())),
};

/** The handlers development and tests start with. */
export const handlers: HttpHandler[] = [scenarios.default];
