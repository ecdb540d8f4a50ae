import type { Browser } from 'playwright-core';
import { datasetFloorMs } from './dataset-floor';
import { timeFilterChanges } from './filter-changes';
import { heapAfterGc } from './heap';
import { openRoute, type LoadFigures } from './load';
import { mapFrameIntervals } from './map-frames';
import { median, medianOfRuns, quantile } from './stats';
import { ROUTES } from './routes';

/** Everything measured at one dataset size, each figure the median over the runs. */
export interface SizeFigures {
  runs: number;
  routes: Record<string, Partial<LoadFigures>>;
  filter: Partial<Record<FilterKey, number>>;
  mapFrames: Partial<Record<'medianMs' | 'p95Ms' | 'maxMs' | 'count', number>>;
  heap: Partial<Record<HeapKey, number>>;
  /** Console errors and warnings the pages printed: a benchmark of a broken page measures nothing. */
  consoleErrors: string[];
}

type HeapKey = 'afterLoadMb' | 'afterChangesMb' | 'afterMoreChangesMb' | 'cachesMb' | 'growthMb';

/**
 * Untimed changes after the timed ones, as a share of them, before the heap is read again. The
 * timed changes fill caches kept on purpose (flow curves, each record's countries), which is not a
 * leak; a leak keeps growing after them, so growth is counted over these. They come after the timed
 * changes because a forced garbage collection in the middle of those slowed the ones after it.
 */
const MORE_CHANGES_SHARE = 0.5;

type FilterKey =
  | 'changes'
  | 'missed'
  | 'updatedMedianMs'
  | 'updatedP95Ms'
  | 'paintedMedianMs'
  | 'paintedP95Ms'
  | 'settledMedianMs'
  | 'settledP95Ms';

export interface SizeRunOptions {
  runs: number;
  changes: number;
  /** The routes to open, by name (all of ROUTES when absent): the CI timing check opens fewer. */
  routes?: readonly string[];
  /** Whether to make the untimed changes that show heap growth (the CI timing check does not read it). */
  heapGrowth?: boolean;
  log: (line: string) => void;
}

/** Runs every measurement against one served build, `runs` times, and takes the medians. */
export async function measureSize(
  browser: Browser,
  baseUrl: string,
  options: SizeRunOptions,
): Promise<SizeFigures> {
  const routeRuns = new Map<string, LoadFigures[]>();
  const filterRuns: Partial<Record<FilterKey, number>>[] = [];
  const frameRuns: SizeFigures['mapFrames'][] = [];
  const heapRuns: SizeFigures['heap'][] = [];
  const consoleErrors = new Set<string>();
  const routes = ROUTES.filter((route) => options.routes?.includes(route.name) ?? true);

  for (let run = 1; run <= options.runs; run += 1) {
    for (const route of routes) {
      const opened = await openRoute(browser, baseUrl, route);
      try {
        routeRuns.set(route.name, [...(routeRuns.get(route.name) ?? []), opened.figures]);
        options.log(
          `  run ${run}, ${route.name}: drawn at ${opened.figures.firstDrawMs.toFixed(0)} ms` +
            (opened.figures.datasetLoadMs === undefined
              ? ''
              : `, dataset ${opened.figures.datasetLoadMs.toFixed(0)} ms`),
        );
        if (route.waitFor === 'map' && route.path === '') {
          opened.figures.datasetFloorMs = await datasetFloorMs(opened.page);
          const afterLoadMb = await heapAfterGc(opened.page);
          const frames = await mapFrameIntervals(opened.page);
          frameRuns.push({
            medianMs: median(frames),
            p95Ms: quantile(frames, 0.95),
            maxMs: Math.max(...frames),
            count: frames.length,
          });
          const changes = await timeFilterChanges(opened.page, options.changes);
          const updated = changes.samples.map((sample) => sample.updatedMs);
          const painted = changes.samples.map((sample) => sample.paintedMs);
          // A build without the view-settled mark commits the map with the count: settled = updated.
          const settled = changes.samples.map((sample) => sample.settledMs ?? sample.updatedMs);
          filterRuns.push({
            changes: changes.samples.length,
            missed: changes.missed.length,
            updatedMedianMs: median(updated),
            updatedP95Ms: quantile(updated, 0.95),
            paintedMedianMs: median(painted),
            paintedP95Ms: quantile(painted, 0.95),
            settledMedianMs: median(settled),
            settledP95Ms: quantile(settled, 0.95),
          });
          const afterChangesMb = await heapAfterGc(opened.page);
          let afterMoreChangesMb = Number.NaN;
          if (options.heapGrowth ?? true) {
            const more = Math.max(1, Math.round(options.changes * MORE_CHANGES_SHARE));
            await timeFilterChanges(opened.page, more, options.changes);
            afterMoreChangesMb = await heapAfterGc(opened.page);
          }
          heapRuns.push({
            afterLoadMb,
            afterChangesMb,
            afterMoreChangesMb,
            cachesMb: afterChangesMb - afterLoadMb,
            growthMb: afterMoreChangesMb - afterChangesMb,
          });
          options.log(
            `  run ${run}, filters: median ${median(updated).toFixed(1)} ms, view settled ` +
              `${median(settled).toFixed(1)} ms, over ${updated.length} changes` +
              `${changes.missed.length > 0 ? ` (missed: ${changes.missed.join(', ')})` : ''}; map frames p95 ` +
              `${quantile(frames, 0.95).toFixed(1)} ms; heap ${[
                afterLoadMb,
                afterChangesMb,
                afterMoreChangesMb,
              ]
                .filter((mb) => !Number.isNaN(mb))
                .map((mb) => mb.toFixed(1))
                .join(' -> ')} MB`,
          );
        }
        for (const error of opened.consoleErrors) consoleErrors.add(`${route.name}: ${error}`);
      } finally {
        await opened.close();
      }
    }
  }

  return {
    runs: options.runs,
    routes: Object.fromEntries(
      [...routeRuns].map(([name, runs]) => [
        name,
        medianOfRuns(runs as unknown as Partial<Record<string, number>>[]) as Partial<LoadFigures>,
      ]),
    ),
    filter: medianOfRuns(filterRuns),
    mapFrames: medianOfRuns(frameRuns),
    heap: medianOfRuns(heapRuns),
    consoleErrors: [...consoleErrors],
  };
}
