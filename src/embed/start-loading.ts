import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/api/dataset-query';
import { preloadCooperationMap } from '../features/map/LazyCooperationMap';
import type { ParsedEmbed } from './embed-params';

/**
 * Starts what the embed shows before its first render: the dataset and the view's code, side by
 * side, instead of the code only once the dataset has arrived. The lazy components' own imports
 * (EmbedView.tsx) load the same chunks and report any failure.
 */
export function startEmbedLoading(client: QueryClient, embed: ParsedEmbed): void {
  void client.prefetchQuery(datasetQueryOptions());
  switch (embed.options.kind) {
    case 'map':
      preloadCooperationMap(client);
      break;
    case 'chart':
      import('../features/charts/SingleChart').catch(() => undefined);
      break;
    case 'country':
    case 'pair':
      import('./EmbedCard').catch(() => undefined);
      break;
  }
}
