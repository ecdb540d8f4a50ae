import type { Browser } from 'playwright-core';
import { median } from './stats';

/** "Open a data file" timed in the page: the median of the runs. */
export interface OpenFileFigures {
  /** From handing the file to the page until the banner shows it. */
  toBannerMs: number;
  /** The page's longest task meanwhile: the import runs in a worker, so the page must stay responsive. */
  longestTaskMs: number;
}

/** A 10 MB file has taken about 10 s on a busy 2-core machine; a minute means it is stuck. */
const BANNER_TIMEOUT_MS = 60_000;

/** Opens `path` with the explore view's "Open a data file", `runs` times, each in a fresh page. */
export async function timeOpenDataFile(
  browser: Browser,
  baseUrl: string,
  path: string,
  runs: number,
  log: (line: string) => void = () => undefined,
): Promise<OpenFileFigures> {
  const times: number[] = [];
  const longest: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
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
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Open a data file' }).click();
      // The page's own load is over: only tasks from here on count.
      await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
      const started = Date.now();
      await page.getByLabel('Choose a file (XML or JSON)').setInputFiles(path);
      await page
        .getByRole('region', { name: /^Showing a file opened on this computer/ })
        .waitFor({ timeout: BANNER_TIMEOUT_MS });
      times.push(Date.now() - started);
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      longest.push(Math.max(0, ...tasks));
      log(
        `  open a data file, run ${run}: ${times.at(-1)} ms to the banner; ${tasks.length} long tasks, longest ${Math.round(longest.at(-1) ?? 0)} ms`,
      );
    } finally {
      await context.close();
    }
  }
  return { toBannerMs: median(times), longestTaskMs: median(longest) };
}
