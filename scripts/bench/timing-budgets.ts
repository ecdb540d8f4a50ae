import { z } from 'zod';

/** The figures the CI timing check measures, by the names used in perf-timing-budgets.json. */
export const TIMING_FIGURES = {
  firstMapMs: 'explore: first map drawn after navigation',
  firstChartMs: 'explore: first chart drawn after navigation (charts tab)',
  datasetLoadMs: 'dataset fetch + parse + validate + index',
  filterUpdateMedianMs: 'filter update, median',
  filterUpdateP95Ms: 'filter update, p95',
  viewSettledMedianMs: 'filter change until the open panel (map layers, lists) has caught up, median',
  viewSettledP95Ms: 'filter change until the open panel has caught up, p95',
  mapFrameP95Ms: 'map pan/zoom frame time, p95',
  longestTaskMs: 'longest main-thread task while the explore view loads',
} as const;
export type TimingFigure = keyof typeof TIMING_FIGURES;

const Milliseconds = z.number().positive();

const Limit = z.strictObject({
  limitMs: Milliseconds.describe('CI fails above this.'),
  targetMs: Milliseconds.describe('The target from the performance plan; limitMs is normally twice it.'),
  why: z.string().optional().describe('Why the limit is not twice the target, when it is not.'),
});

/** perf-timing-budgets.json: what the CI timing check measures and the limit for each figure. */
export const TimingBudgetsSchema = z.strictObject({
  $comment: z.string().optional(),
  records: z.number().int().positive(),
  seed: z.number().int().nonnegative(),
  changes: z.number().int().min(2),
  limits: z.strictObject(
    Object.fromEntries(Object.keys(TIMING_FIGURES).map((name) => [name, Limit])) as Record<
      TimingFigure,
      typeof Limit
    >,
  ),
});
export type TimingBudgets = z.infer<typeof TimingBudgetsSchema>;

export interface TimingRow {
  figure: TimingFigure;
  measuredMs: number | undefined;
  limitMs: number;
  targetMs: number;
  over: boolean;
}

/**
 * Compares measured figures with their limits. A figure that was not measured fails too: a check
 * that silently skips what it could not measure would pass on a broken page.
 */
export function checkTimings(
  budgets: TimingBudgets,
  measured: Partial<Record<TimingFigure, number>>,
): { rows: TimingRow[]; failures: string[] } {
  const rows: TimingRow[] = [];
  const failures: string[] = [];
  for (const figure of Object.keys(TIMING_FIGURES) as TimingFigure[]) {
    const { limitMs, targetMs } = budgets.limits[figure];
    const value = measured[figure];
    const missing = value === undefined || !Number.isFinite(value);
    const over = missing || value > limitMs;
    const what = `${TIMING_FIGURES[figure]} at ${budgets.records} records`;
    if (missing) failures.push(`${what}: not measured`);
    else if (over) {
      failures.push(
        `${what}: ${value.toFixed(1)} ms is over its ${limitMs} ms limit (target ${targetMs} ms)`,
      );
    }
    rows.push({ figure, measuredMs: missing ? undefined : value, limitMs, targetMs, over });
  }
  return { rows, failures };
}
