import type { Page } from 'playwright-core';

/**
 * The floor for loading the dataset: what this browser needs to fetch and parse the same file with
 * nothing else, `fetch().json()`, measured in the page that has just loaded it (same server, same
 * compression, same run). The app's own load (fetch, parse, validate, index) is judged against it.
 * `no-store` keeps the browser's cache out of it, as it is out of a first visit.
 */
export async function datasetFloorMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const url = new URL('api/v1/dataset.json', document.baseURI).href;
    const started = performance.now();
    const data: unknown = await (await fetch(url, { cache: 'no-store' })).json();
    const elapsed = performance.now() - started;
    return data === null ? Number.NaN : elapsed;
  });
}
