import type { DrawnFlow } from './use-map-data';

/**
 * How many flows the map draws. A national database links thousands of country pairs; drawn all at
 * once they are an unreadable tangle that costs the browser hundreds of milliseconds at every filter
 * change. The flow list beside the map keeps every one.
 */
export const MAX_DRAWN_FLOWS = 200;

/**
 * The flows to draw: the strongest (flows come most links first), plus every flow of the selected
 * country and the highlighted flow, which the reader asked to see whatever their weight.
 */
export function flowsToDraw(
  flows: readonly DrawnFlow[],
  selectedCountry: string | null,
  highlighted: string | null,
  limit = MAX_DRAWN_FLOWS,
): DrawnFlow[] {
  if (flows.length <= limit) return [...flows];
  return flows.filter(
    (flow, rank) =>
      rank < limit ||
      flow.key === highlighted ||
      flow.link.from === selectedCountry ||
      flow.link.to === selectedCountry,
  );
}
