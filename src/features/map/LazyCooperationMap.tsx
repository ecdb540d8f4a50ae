import { usePrefetchQuery, type QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import type { CooperationMapProps } from './CooperationMap';
import { worldTopologyQuery } from './world-source';

// Leaflet and the map's code load only when a map is shown.
const loadMapChunk = () => import('./CooperationMap');
const CooperationMapChunk = lazy(loadMapChunk);

/**
 * Starts downloading the map's code and the basemap before anything renders, for a page that opens on
 * the map: both then arrive alongside the dataset instead of after it. Safe to call more than once.
 */
export function preloadCooperationMap(client: QueryClient): void {
  // A failure here is reported where it matters: by the lazy component's own import, and the query.
  loadMapChunk().catch(() => undefined);
  void client.prefetchQuery(worldTopologyQuery);
}

/**
 * The map, loaded on demand. Render it inside a Suspense boundary. The basemap's fetch starts here, so
 * the geometry and the map's code download side by side rather than one after the other.
 */
export function LazyCooperationMap(props: CooperationMapProps) {
  usePrefetchQuery(worldTopologyQuery);
  return <CooperationMapChunk {...props} />;
}
