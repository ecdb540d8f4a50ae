import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/api/dataset-query';
import { preloadCooperationMap } from '../features/map/LazyCooperationMap';
import { parseViewState } from '../view-state/url-codec';

/**
 * Starts what the first view needs before React's first render: the dataset, and the code (and
 * basemap) of the tab the URL opens. Left to the components, each would start only once the one
 * before it had arrived: page script, then dataset, then the tab's code.
 */
export function startLoading(client: QueryClient, search: string): void {
  void client.prefetchQuery(datasetQueryOptions());
  const { state } = parseViewState(search);
  if (state.route.name !== 'explore') return;
  // The same chunk ExploreRoute loads lazily; its own import reports a failure.
  if (state.tab === 'table' || state.tab === 'timeline' || state.openRecord !== null)
    import('./routes/lazy-panels').catch(() => undefined);
  if (state.tab === 'map') preloadCooperationMap(client);
  // The same chunk ExploreRoute loads lazily; its own import reports a failure.
  if (state.tab === 'charts') import('../features/charts/ChartGallery').catch(() => undefined);
}
