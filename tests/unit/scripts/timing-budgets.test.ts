// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTimings, TimingBudgetsSchema, type TimingBudgets } from '../../../scripts/bench/timing-budgets';

const budgets: TimingBudgets = {
  records: 10000,
  seed: 1,
  changes: 60,
  limits: {
    firstMapMs: { limitMs: 3000, targetMs: 1500 },
    firstChartMs: { limitMs: 3000, targetMs: 1500 },
    datasetLoadMs: { limitMs: 3000, targetMs: 1500 },
    filterUpdateMedianMs: { limitMs: 32, targetMs: 16 },
    filterUpdateP95Ms: { limitMs: 200, targetMs: 100 },
    viewSettledMedianMs: { limitMs: 100, targetMs: 16, why: 'a guard' },
    viewSettledP95Ms: { limitMs: 200, targetMs: 100 },
    mapFrameP95Ms: { limitMs: 50, targetMs: 25 },
    longestTaskMs: { limitMs: 400, targetMs: 200 },
  },
};

const withinLimits = {
  firstMapMs: 1200,
  firstChartMs: 1400,
  datasetLoadMs: 300,
  filterUpdateMedianMs: 12,
  filterUpdateP95Ms: 40,
  viewSettledMedianMs: 40,
  viewSettledP95Ms: 70,
  mapFrameP95Ms: 17,
  longestTaskMs: 180,
};

describe('checkTimings', () => {
  it('passes figures at or under their limits', () => {
    const { rows, failures } = checkTimings(budgets, { ...withinLimits, filterUpdateMedianMs: 32 });
    expect(failures).toEqual([]);
    expect(rows.every((row) => !row.over)).toBe(true);
  });

  it('names the figure over its limit, with the measured value, the limit and the target', () => {
    const { rows, failures } = checkTimings(budgets, { ...withinLimits, filterUpdateMedianMs: 45.25 });
    expect(failures).toEqual([
      'filter update, median at 10000 records: 45.3 ms is over its 32 ms limit (target 16 ms)',
    ]);
    expect(rows.filter((row) => row.over).map((row) => row.figure)).toEqual(['filterUpdateMedianMs']);
  });

  it('fails a figure that could not be measured instead of skipping it', () => {
    const { failures } = checkTimings(budgets, {
      ...withinLimits,
      mapFrameP95Ms: Number.NaN,
      firstChartMs: undefined,
    });
    expect(failures).toEqual([
      'explore: first chart drawn after navigation (charts tab) at 10000 records: not measured',
      'map pan/zoom frame time, p95 at 10000 records: not measured',
    ]);
  });
});

describe('perf-timing-budgets.json', () => {
  it('is valid and sets a limit for every figure the check measures', () => {
    const file = TimingBudgetsSchema.parse(JSON.parse(readFileSync('perf-timing-budgets.json', 'utf8')));
    expect(checkTimings(file, withinLimits).rows).toHaveLength(9);
  });
});
