import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DatasetLoadError } from '../data/api/dataset-errors';
import type { DatasetModel } from '../data/selectors/model';
import { EmptyDatasetPanel } from './states/EmptyDatasetPanel';
import { InvalidDatasetPanel } from './states/InvalidDatasetPanel';
import { LoadFailurePanel } from './states/LoadFailurePanel';
import { LoadingSkeleton } from './states/LoadingSkeleton';

interface DatasetGateProps {
  query: UseQueryResult<DatasetModel>;
  children: (model: DatasetModel) => ReactNode;
}

/** Shows the page only for a loaded, valid, non-empty dataset; every other state gets its own panel. */
export function DatasetGate({ query, children }: DatasetGateProps) {
  if (query.isPending) return <LoadingSkeleton />;
  if (query.isError) {
    const { error } = query;
    if (error instanceof DatasetLoadError && error.failure.kind === 'invalid') {
      return <InvalidDatasetPanel problems={error.failure.problems} />;
    }
    return (
      <LoadFailurePanel error={error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  }
  if (query.data.dataset.records.length === 0) return <EmptyDatasetPanel />;
  return children(query.data);
}
