/** Summary statistics for the benchmark's samples. */

/** The middle value (mean of the two middle ones for an even count); NaN for no samples. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (0..1) by linear interpolation between the closest ranks; NaN for no samples. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? Number.NaN;
  return low + (high - low) * (position - lower);
}

/** The median of each numeric field over several runs; a field missing from a run is left out of it. */
export function medianOfRuns<K extends string>(
  runs: readonly Partial<Record<K, number>>[],
): Partial<Record<K, number>> {
  const keys = new Set(runs.flatMap((run) => Object.keys(run) as K[]));
  const result: Partial<Record<K, number>> = {};
  for (const key of keys) {
    const values = runs.map((run) => run[key]).filter((value): value is number => Number.isFinite(value));
    if (values.length > 0) result[key] = median(values);
  }
  return result;
}
