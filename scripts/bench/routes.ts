import type { ChartId } from '../../src/components/chart-ids';

// Every chart embed loads the same code (SingleChart and Recharts), so one stands for all.
const EMBEDDED_CHART: ChartId = 'records-per-year';

/** A page the benchmark opens, and what "drawn" means on it. */
export interface BenchRoute {
  name: string;
  /** Relative to the served build's root. */
  path: string;
  waitFor: 'map' | 'chart';
}

/** The explore view (map tab, then charts tab) and the embed routes. */
export const ROUTES: readonly BenchRoute[] = [
  { name: 'explore (map)', path: '', waitFor: 'map' },
  { name: 'explore (charts)', path: '?tab=charts', waitFor: 'chart' },
  { name: 'embed map', path: 'embed.html?embed=map', waitFor: 'map' },
  { name: 'embed chart', path: `embed.html?embed=chart&chart=${EMBEDDED_CHART}`, waitFor: 'chart' },
];
