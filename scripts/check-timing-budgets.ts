// The browser-timing part of the benchmark, as a CI check: `tsx scripts/check-timing-budgets.ts`
// after `vite build`. Serves a copy of dist/ with a synthetic dataset (10k records), measures one run
// in headless Chromium (first map and chart drawn, dataset load, filter latency, map frames, longest
// task) and exits 1, naming each figure over its limit in perf-timing-budgets.json. `npm test` runs it
// after the browser suite; it never runs in the unit suite.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { assertChromiumInstalled, chromiumLaunchOptions } from '../tests/browser/support/chromium';
import { serveBuild } from '../tests/browser/support/static-server';
import { buildWithDataset } from './bench/datasets';
import { measureSize, type SizeFigures } from './bench/run-size';
import { fixedWidth } from './bench/table';
import { checkTimings, TIMING_FIGURES, TimingBudgetsSchema, type TimingFigure } from './bench/timing-budgets';

const BUDGETS_FILE = 'perf-timing-budgets.json';
// The browser suite has stopped its server by now, so this run can use the same port.
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);

async function main(): Promise<void> {
  const budgets = TimingBudgetsSchema.parse(JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')));
  assertChromiumInstalled();
  const build = buildWithDataset('dist', budgets.records, budgets.seed);
  const server = await serveBuild(build.folder, PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  let figures: SizeFigures;
  try {
    console.log(`Timing budgets: ${budgets.records} synthetic records (seed ${budgets.seed}), one run`);
    figures = await measureSize(browser, server.url, {
      runs: 1,
      changes: budgets.changes,
      routes: ['explore (map)', 'explore (charts)'],
      heapGrowth: false,
      log: (line) => console.log(line),
    });
  } finally {
    await browser.close();
    await server.stop();
    build.remove();
  }

  const explore = figures.routes['explore (map)'];
  const measured: Partial<Record<TimingFigure, number>> = {
    firstMapMs: explore?.firstDrawMs,
    firstChartMs: figures.routes['explore (charts)']?.firstDrawMs,
    datasetLoadMs: explore?.datasetLoadMs,
    filterUpdateMedianMs: figures.filter.updatedMedianMs,
    filterUpdateP95Ms: figures.filter.updatedP95Ms,
    viewSettledMedianMs: figures.filter.settledMedianMs,
    viewSettledP95Ms: figures.filter.settledP95Ms,
    mapFrameP95Ms: figures.mapFrames.p95Ms,
    longestTaskMs: explore?.longestTaskMs,
  };
  const { rows, failures } = checkTimings(budgets, measured);
  if ((figures.filter.missed ?? 0) > 0) {
    failures.push(`${figures.filter.missed} filter changes did not update the record count`);
  }
  failures.push(...figures.consoleErrors.map((error) => `console: ${error}`));

  console.log(
    fixedWidth(
      ['figure', 'measured ms', 'limit ms', 'target ms', 'status'],
      rows.map((row) => [
        TIMING_FIGURES[row.figure],
        row.measuredMs === undefined ? '-' : row.measuredMs.toFixed(1),
        String(row.limitMs),
        String(row.targetMs),
        row.over ? 'OVER' : 'ok',
      ]),
    ).join('\n'),
  );
  if (failures.length > 0) {
    console.error(`\nTiming budgets not met (${BUDGETS_FILE}):`);
    for (const failure of failures) console.error(`  - ${failure}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll timing budgets met.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
