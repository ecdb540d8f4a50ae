// The charts' ids, apart from the charts themselves, so an embed can check a URL's `chart=`
// without loading Recharts.
export const CHART_IDS = [
  'records-per-year',
  'activity',
  'themes',
  'trained-per-year',
  'training-pairs',
  'funding',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string | null): value is ChartId {
  return value !== null && (CHART_IDS as readonly string[]).includes(value);
}
