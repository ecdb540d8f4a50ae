import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { CHART_SVG_SELECTOR, installProbes, MAP_SHAPE_SELECTOR, type BenchProbe } from './page-probes';
import type { BenchRoute } from './routes';
import { VIEW_SETTLED_MARK } from '../../src/app/routes/view-settled';

/** One page load: what it transferred, when it was drawn, how long the dataset took, and long tasks. */
export interface LoadFigures {
  jsGzKb: number;
  cssGzKb: number;
  firstDrawMs: number;
  /** Navigation start to the dataset indexed: fetch, download, JSON.parse, validation, indexing. */
  datasetReadyMs?: number;
  /** From the request to the model ready; the parts follow. */
  datasetLoadMs?: number;
  datasetDownloadMs?: number;
  datasetParseMs?: number;
  datasetValidateMs?: number;
  datasetIndexMs?: number;
  /** The browser's own `fetch().json()` of the same file, in the same page: the floor. */
  datasetFloorMs?: number;
  longTaskCount: number;
  longestTaskMs: number;
  /** Time in long tasks beyond their first 50 ms each, as Lighthouse counts total blocking time. */
  blockingMs: number;
}

export interface OpenPage {
  page: Page;
  figures: LoadFigures;
  consoleErrors: string[];
  close: () => Promise<void>;
}

const DRAW_TIMEOUT_MS = 180_000;

/** Opens a route in a fresh context (empty cache) and waits until its map or chart is drawn. */
export async function openRoute(browser: Browser, baseUrl: string, route: BenchRoute): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const assets: Promise<{ kind: 'js' | 'css'; gzipBytes: number }>[] = [];
  page.on('response', (response: Response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    assets.push(
      assetBody(response).then((body) => ({
        kind: type === 'script' ? 'js' : 'css',
        gzipBytes: gzipSync(body, { level: 9 }).length,
      })),
    );
  });
  await page.addInitScript({ content: probeScript() });
  await page.goto(new URL(route.path, baseUrl).href);
  const field: 'firstMapMs' | 'firstChartMs' = route.waitFor === 'map' ? 'firstMapMs' : 'firstChartMs';
  await page.waitForFunction(
    (name) => (window as unknown as { __bench: BenchProbe }).__bench.results[name] !== null,
    field,
    { timeout: DRAW_TIMEOUT_MS, polling: 50 },
  );
  // Let tasks that were running when the map or chart appeared finish and report.
  await page.waitForTimeout(500);
  const probe = await page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.results);
  const sizes = await Promise.all(assets);
  const kb = (kind: 'js' | 'css') =>
    sizes.filter((asset) => asset.kind === kind).reduce((sum, asset) => sum + asset.gzipBytes, 0) / 1000;
  const figures: LoadFigures = {
    jsGzKb: kb('js'),
    cssGzKb: kb('css'),
    firstDrawMs: probe[field] ?? Number.NaN,
    ...(await datasetTimings(page)),
    longTaskCount: probe.longTasks.length,
    longestTaskMs: Math.max(0, ...probe.longTasks),
    blockingMs: probe.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
  };
  return { page, figures, consoleErrors, close: () => context.close() };
}

/**
 * A script's or stylesheet's bytes. Chromium sometimes keeps no body for a response (seen for a
 * preloaded file on a busy machine: "Response body is unavailable"), so the same URL is then fetched
 * from the server here rather than leaving the page's size short or the run failed.
 */
async function assetBody(response: Response): Promise<Buffer> {
  try {
    return await response.body();
  } catch {
    const refetched = await fetch(response.url());
    return Buffer.from(await refetched.arrayBuffer());
  }
}

// tsx (esbuild) wraps named functions in a `__name` helper that exists only in Node; the page gets a
// stand-in so the serialised probe runs there.
function probeScript(): string {
  const selectors = JSON.stringify({
    map: MAP_SHAPE_SELECTOR,
    chart: CHART_SVG_SELECTOR,
    settledMark: VIEW_SETTLED_MARK,
  });
  return `var __name = (target) => target;\n(${installProbes.toString()})(${selectors});`;
}

/** The steps of the dataset load, from the User Timing marks in src/data/api/fetch-dataset.ts. */
async function datasetTimings(page: Page): Promise<Partial<LoadFigures>> {
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      ['fetch-start', 'downloaded', 'parsed', 'validated', 'indexed'].map((step) => [
        step,
        performance.getEntriesByName(`dataset:${step}`).at(-1)?.startTime ?? null,
      ]),
    ),
  );
  const between = (from: string, to: string) => {
    const start = marks[from];
    const end = marks[to];
    return typeof start === 'number' && typeof end === 'number' ? end - start : undefined;
  };
  const ready = marks.indexed;
  return {
    ...(typeof ready === 'number' ? { datasetReadyMs: ready } : {}),
    datasetLoadMs: between('fetch-start', 'indexed'),
    datasetDownloadMs: between('fetch-start', 'downloaded'),
    datasetParseMs: between('downloaded', 'parsed'),
    datasetValidateMs: between('parsed', 'validated'),
    datasetIndexMs: between('validated', 'indexed'),
  };
}
