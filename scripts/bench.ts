// `npm run bench`: builds the app, serves copies of the build with the bundled dataset, synthetic
// ones of 1k, 10k and 100k records and one imported from a synthetic 10 MB IATI file (which is also
// opened in the page), measures each in headless Chromium, prints one table and writes
// it as JSON (reports/bench.json). Options: see scripts/bench/options.ts; docs/performance.md says
// how to read the figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { assertChromiumInstalled, chromiumLaunchOptions } from '../tests/browser/support/chromium';
import { serveBuild } from '../tests/browser/support/static-server';
import { buildWithDataset, buildWithDatasetFile } from './bench/datasets';
import { prepareImportedIati } from './bench/imported-iati';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse';
import { machineInfo } from './bench/machine';
import { parseBenchOptions, runsFor, type BenchOptions } from './bench/options';
import { timeOpenDataFile } from './bench/open-data-file';
import { measureSize } from './bench/run-size';
import { medianOfRuns } from './bench/stats';
import { formatReport, type BenchReport } from './bench/table';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options);
    process.exitCode = 2;
    return;
  }
  assertChromiumInstalled();
  if (options.build) {
    // The dashboard, then the embed page beside it (npm run build does the same into dist/).
    log('Building (vite build, then vite build --mode embed)...');
    for (const args of [
      ['build', '--logLevel', 'warn', '--outDir', options.dist, '--emptyOutDir'],
      ['build', '--mode', 'embed', '--logLevel', 'warn', '--outDir', options.dist],
    ]) {
      const build = spawnSync('./node_modules/.bin/vite', args, { stdio: 'inherit' });
      if (build.status !== 0) throw new Error(`vite ${args.join(' ')} failed`);
    }
  }

  const browser = await chromium.launch(chromiumLaunchOptions());
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machineInfo(`Chromium ${browser.version()}`),
    options: {
      runs: options.runs,
      largeRuns: options.largeRuns,
      changes: options.changes,
      largeChanges: options.largeChanges,
      seed: options.seed,
    },
    sizes: [],
    openDataFile: null,
    lighthouse: null,
  };
  try {
    for (const size of options.sizes) {
      const { runs, changes } = runsFor(options, size);
      log(
        `Dataset: ${size === 'bundled' ? 'bundled' : `${size} synthetic records (seed ${options.seed})`}, ${runs} run(s)`,
      );
      const build = buildWithDataset(options.dist, size, options.seed);
      const server = await serveBuild(build.folder, options.port);
      try {
        const figures = await measureSize(browser, server.url, { runs, changes, log });
        report.sizes.push({ size, records: size === 'bundled' ? recordCount(build.folder) : size, figures });
        // Written after each size, so a run stopped at 100k keeps what it measured before.
        writeReport(report, options.out);
      } finally {
        await server.stop();
        build.remove();
      }
    }
    if (options.iatiMegabytes > 0) await measureImportedIati(browser, options, report);
  } finally {
    await browser.close();
  }
  if (options.lighthouse) report.lighthouse = await lighthouseScores(options);

  log(`\n${writeReport(report, options.out)}`);
  log(`\nWritten to ${options.out}`);
}

/**
 * The imported-IATI case: the bundled dataset with a synthetic IATI file of `--iati-mb` megabytes
 * imported into it, served and measured like every size; then the same file opened in the page.
 */
async function measureImportedIati(
  browser: Browser,
  options: BenchOptions,
  report: BenchReport,
): Promise<void> {
  const iati = prepareImportedIati(`${options.dist}/api/v1/dataset.json`, options.iatiMegabytes);
  log(
    `Dataset: bundled + imported SYNTHETIC IATI file (${iati.megabytes} MB, ${iati.activities} activities -> ${iati.records} records), ${options.runs} run(s)`,
  );
  const build = buildWithDatasetFile(options.dist, iati.datasetPath);
  const server = await serveBuild(build.folder, options.port);
  try {
    const figures = await measureSize(browser, server.url, {
      runs: options.runs,
      changes: options.changes,
      log,
    });
    report.sizes.push({ size: 'imported IATI', records: iati.records, figures });
    // The analyst's way in: the file opened in the page, on the build with its bundled dataset.
    const opened = await timeOpenDataFile(browser, server.url, iati.xmlPath, options.runs, log);
    report.openDataFile = { megabytes: iati.megabytes, activities: iati.activities, ...opened };
    writeReport(report, options.out);
  } finally {
    await server.stop();
    build.remove();
  }
}

/** Writes the report as JSON, with its table, and returns the table. */
function writeReport(report: BenchReport, out: string): string {
  report.machine.loadAverage.end = loadavg()[0] ?? null;
  const table = formatReport(report);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ ...report, table }, null, 2)}\n`);
  return table;
}

/** Lighthouse against the bundled dataset: explore and the map embed, median of the runs. */
async function lighthouseScores(options: BenchOptions): Promise<Record<string, LighthouseFigures>> {
  const build = buildWithDataset(options.dist, 'bundled', options.seed);
  const server = await serveBuild(build.folder, options.port);
  const pages = { explore: '', 'embed map': 'embed.html?embed=map' };
  const scores: Record<string, LighthouseFigures> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const runs: LighthouseFigures[] = [];
      for (let run = 1; run <= options.lighthouseRuns; run += 1) {
        const figures = await runLighthouse(new URL(path, server.url).href, options.port + 3);
        log(
          `  Lighthouse ${name}, run ${run}: performance ${figures.performance}, accessibility ${figures.accessibility}`,
        );
        runs.push(figures);
      }
      scores[name] = medianOfRuns(
        runs as unknown as Partial<Record<string, number>>[],
      ) as unknown as LighthouseFigures;
    }
  } finally {
    await server.stop();
    build.remove();
  }
  return scores;
}

function recordCount(folder: string): number | null {
  try {
    const text = readFileSync(`${folder}/api/v1/dataset.json`, 'utf8');
    return (JSON.parse(text) as { records: unknown[] }).records.length;
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
