import { queryOptions } from '@tanstack/react-query';
import { isWorthRetrying } from './dataset-errors';
import { fetchDataset } from './fetch-dataset';

export const datasetKeys = {
  all: ['dataset'] as const,
  current: () => [...datasetKeys.all, 'v1'] as const,
};

/** The one way the app asks for the dataset. */
export function datasetQueryOptions() {
  return queryOptions({
    queryKey: datasetKeys.current(),
    queryFn: ({ signal }) => fetchDataset(signal),
    // The file changes only when an operator replaces it; a reload picks that up.
    staleTime: Infinity,
    retry: (failureCount, error) => isWorthRetrying(error) && failureCount < 1,
    retryDelay: 300,
  });
}
