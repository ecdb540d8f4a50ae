// Times "Open a data file" in headless Chromium on a SYNTHETIC ~10 MB IATI file (the shared real
// activities repeated; written to a temporary folder, never shipped), against the build in dist/:
// `tsx scripts/bench-iati-import-browser.ts [megabytes, default 10] [--runs 3] [--port 4183]`.
// Prints, per run, the time from handing the file to the page until the banner shows it, and the
// page's long tasks meanwhile (the import runs in a worker, so the page must stay responsive).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/browser/support/chromium';
import { parseIatiBenchArgs } from './bench/iati-bench-args';
import { median } from './bench/stats';
import { syntheticIatiFile } from './synthetic/iati-file';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
const { megabytes, runs, port } = parseIatiBenchArgs(process.argv.slice(2));

const folder = mkdtempSync(join(tmpdir(), 'iati-bench-'));
const file = syntheticIatiFile(SHARED, megabytes * 1024 * 1024);
const path = join(folder, 'synthetic-activities.xml');
writeFileSync(path, file.text);
console.log(
  `synthetic IATI file: ${(file.text.length / 1024 / 1024).toFixed(1)} MB, ${file.activities} activities`,
);

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: ROOT, stdio: 'ignore' },
);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const times: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => tasks.push(entry.duration)),
      ).observe({
        type: 'longtask',
        buffered: false,
      });
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('button', { name: 'Open a data file' }).click();
    // The page's load is over: only tasks from here on count.
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
    const started = Date.now();
    await page.getByLabel('Choose a file (XML or JSON)').setInputFiles(path);
    await page
      .getByRole('region', { name: /^Showing a file opened on this computer/ })
      .waitFor({ timeout: 60_000 });
    times.push(Date.now() - started);
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    longest.push(Math.max(0, ...tasks));
    console.log(
      `run ${run + 1}: ${times.at(-1)} ms to the banner; ${tasks.length} long tasks, longest ${Math.round(longest.at(-1) ?? 0)} ms`,
    );
    await page.context().close();
  }
  console.log(`median: ${median(times)} ms to the banner; longest task ${Math.round(median(longest))} ms`);
} finally {
  await browser.close();
  server.kill();
  rmSync(folder, { recursive: true, force: true });
}

async function waitForServer(url: string): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}
