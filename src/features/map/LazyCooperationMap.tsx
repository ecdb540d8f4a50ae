import { usePrefetchQuery } from '@tanstack/react-query';
import { lazy } from 'react';
import type { CooperationMapProps } from './CooperationMap';
import { worldTopologyQuery } from './world-source';

// Leaflet and the map's code load only when a map is shown.
const CooperationMapChunk = lazy(() => import('./CooperationMap'));

/**
 * The map, loaded on demand. Render it inside a Suspense boundary. The basemap's fetch starts here, so
 * the geometry and the map's code download side by side rather than one after the other.
 */
export function LazyCooperationMap(props: CooperationMapProps) {
  usePrefetchQuery(worldTopologyQuery);
  return <CooperationMapChunk {...props} />;
}
