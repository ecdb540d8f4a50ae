import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { DatasetLoadError } from '../data/api/dataset-errors';
import { withLanguage, type DatasetModel } from '../data/selectors/model';
import { useI18n } from '../i18n/i18n-context';
import { EmptyDatasetPanel } from './states/EmptyDatasetPanel';
import { InvalidDatasetPanel } from './states/InvalidDatasetPanel';
import { LoadFailurePanel } from './states/LoadFailurePanel';
import { LoadingSkeleton } from './states/LoadingSkeleton';

interface DatasetGateProps {
  query: UseQueryResult<DatasetModel>;
  /** A data file the reader opened: shown instead of the query's dataset, whatever state that is in. */
  local?: DatasetModel | undefined;
  children: (model: DatasetModel) => ReactNode;
  /** Shown while the dataset loads: the page's frame (src/app/first-paint), or a plain outline. */
  loading?: ReactNode;
}

/**
 * Shows the page only for a loaded, valid, non-empty dataset; every other state gets its own panel.
 * The page gets the model in the reader's language, so every name selector below speaks it.
 */
export function DatasetGate({ query, local, children, loading }: DatasetGateProps) {
  const { language, locale } = useI18n();
  // The first render with data is the page's heaviest (every filter list, the map's figures).
  // Deferred, React renders it in slices with the frame still shown, instead of in one long task
  // that blocks the reader's taps (Lighthouse's total blocking time, issue 14).
  // Only that first arrival waits: a later change of data (a file opened, or back to the published
  // dataset) shows at once, with the banner that announces it.
  const current = local ?? query.data;
  const shown = useDeferredValue(current) === undefined ? undefined : current;
  const model = useMemo(
    () => (shown ? withLanguage(shown, language, locale) : undefined),
    [shown, language, locale],
  );
  const arriving = shown === undefined && current !== undefined;
  if (arriving || (local === undefined && query.isPending)) return loading ?? <LoadingSkeleton />;
  if (local === undefined && query.isError) {
    const { error } = query;
    if (error instanceof DatasetLoadError && error.failure.kind === 'invalid') {
      return <InvalidDatasetPanel problems={error.failure.problems} />;
    }
    return (
      <LoadFailurePanel error={error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  }
  if (!model || model.dataset.records.length === 0) return <EmptyDatasetPanel />;
  return children(model);
}
