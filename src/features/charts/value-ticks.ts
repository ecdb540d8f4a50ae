import type { DrawnBar } from './bar-layout';
import type { ChartDatum } from './series';

// Steps a reader counts in without effort: 1, 2 or 5 times a power of ten (10, 20, 50, 100 ...).
const ROUND_STEPS = [1, 2, 5, 10] as const;
const MAX_INTERVALS = 5;

/**
 * Ticks of a value axis on round steps from zero to at least `max`: 0, 5, 10, 15, 20, 25 rather
 * than the 0, 6, 12, 18, 24 a chart library picks for 24. Counts never get a fractional step.
 */
export function roundTicks(
  max: number,
  { whole = true, maxIntervals = MAX_INTERVALS }: { whole?: boolean; maxIntervals?: number } = {},
): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / Math.max(1, maxIntervals);
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = power * ROUND_STEPS.find((factor) => factor * power >= rough - 1e-9)!;
  if (whole) step = Math.max(1, Math.round(step));
  const intervals = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: intervals + 1 }, (_, index) => round(index * step));
  // Where only a tick or two fit, one round end (US$6bn for 5.3bn) beats a ladder step that would
  // leave half the axis empty (0, US$10bn).
  if (maxIntervals <= 2) {
    const magnitude = 10 ** Math.floor(Math.log10(max));
    const end = round(Math.ceil(max / magnitude - 1e-9) * magnitude);
    if (end < ticks.at(-1)!) return [0, Math.max(end, whole ? 1 : end)];
  }
  return ticks;
}

/** The longest bar of a chart: stacked segments summed, bars side by side each on their own. */
export function largestBar(data: ChartDatum[], bars: DrawnBar[]): number {
  let largest = 0;
  for (const datum of data) {
    const stacks = new Map<string, number>();
    for (const bar of bars) {
      const key = bar.stackId ?? bar.dataKey;
      stacks.set(key, (stacks.get(key) ?? 0) + Number(datum[bar.dataKey] ?? 0));
    }
    for (const total of stacks.values()) largest = Math.max(largest, total);
  }
  return largest;
}

// Steps like 0.1 add up to 0.30000000000000004; twelve significant digits are plenty for an axis.
function round(value: number): number {
  return Number(value.toPrecision(12));
}
