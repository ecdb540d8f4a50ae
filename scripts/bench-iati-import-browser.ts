// Times "Open a data file" in headless Chromium on a SYNTHETIC ~10 MB IATI file (the shared real
// activities repeated; written to a temporary folder, never shipped), against the build in dist/
// served by nginx with the shipped config:
// `tsx scripts/bench-iati-import-browser.ts [megabytes, default 10] [--runs 3] [--port 4183]`.
// Prints, per run, the time from handing the file to the page until the banner shows it, and the
// page's longest task meanwhile (the import runs in a worker, so the page must stay responsive).
// `npm run bench` measures the same case beside the dataset sizes (scripts/bench/imported-iati.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/browser/support/chromium';
import { serveBuild } from '../tests/browser/support/static-server';
import { parseIatiBenchArgs } from './bench/iati-bench-args';
import { timeOpenDataFile } from './bench/open-data-file';
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

const server = await serveBuild(join(ROOT, 'dist'), port);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const figures = await timeOpenDataFile(browser, server.url, path, runs, (line) => console.log(line));
  console.log(
    `median: ${figures.toBannerMs.toFixed(0)} ms to the banner; longest task ${figures.longestTaskMs.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}
