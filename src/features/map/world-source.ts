import { queryOptions } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
// The basemap ships as its own file beside the code: geometry is data, so it is fetched and parsed as
// JSON (faster than the same bytes as JavaScript), cached on its own, and fetched in parallel with the
// map's code instead of inside it.
import worldTopologyUrl from 'world-atlas/countries-110m.json?url';

/** Fetches the bundled Natural Earth 1:110m countries; rejects with a readable reason. */
export async function fetchWorldTopology(signal?: AbortSignal): Promise<Topology> {
  const response = await fetch(worldTopologyUrl, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const topology = (await response.json()) as Partial<Topology>;
  if (topology.type !== 'Topology' || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs))
    throw new Error('the basemap file is not a TopoJSON topology');
  return topology as Topology;
}

/** The basemap never changes while the page is open: fetched once, kept for good. */
export const worldTopologyQuery = queryOptions({
  queryKey: ['basemap', 'countries-110m'],
  queryFn: ({ signal }) => fetchWorldTopology(signal),
  staleTime: Infinity,
  gcTime: Infinity,
});
