import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { datasetQueryOptions } from '../../data/api/dataset-query';
import type { DatasetModel } from '../../data/selectors/model';
import { navigate, useLocationSearch } from '../../view-state/location-store';
import { reconcileWithDataset } from '../../view-state/reconcile';
import { parseViewState, serializeViewState } from '../../view-state/url-codec';
import { LocalDataContext, type LocalDataset, type LocalDataValue } from './local-data-context';

/**
 * Holds a data file the reader opened, in memory only: it never leaves the browser and is gone on
 * reload. While it is shown the URL carries `data=local`, so a copied link says the data was local.
 */
export function LocalDataProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [local, setLocal] = useState<LocalDataset | null>(null);
  const opened = useRef(0);

  const open = useCallback<LocalDataValue['open']>(async (files, onStep) => {
    // The importer and its worker load only when a reader opens a file: most never do.
    const code = await import('../../data/api/import-local-files').catch((error: Error) => error);
    if (code instanceof Error) return { kind: 'reader-failed', detail: code.message };
    const outcome = await code.importLocalFiles(files, onStep);
    if (!outcome.ok) return outcome.failure;
    opened.current += 1;
    setLocal({
      id: opened.current,
      model: outcome.model,
      fileNames: outcome.fileNames,
      reports: outcome.reports,
    });
    switchTo(outcome.model, true);
    return null;
  }, []);

  const backToPublished = useCallback(() => {
    setLocal(null);
    switchTo(client.getQueryData(datasetQueryOptions().queryKey), false);
  }, [client]);

  // Back/forward to an entry from before the file was opened would drop the mark while the file is
  // still shown; put it back, so no link copied meanwhile passes local data off as published.
  const search = useLocationSearch();
  useEffect(() => {
    if (local === null) return;
    const { state } = parseViewState(search);
    if (!state.localData) navigate(serializeViewState({ ...state, localData: true }), { replace: true });
  }, [local, search]);

  const value = useMemo(() => ({ local, open, backToPublished }), [local, open, backToPublished]);
  return <LocalDataContext value={value}>{children}</LocalDataContext>;
}

/**
 * The view moves to other data: it keeps what the new data also has (filters, page, tab, a country
 * profile) and drops what it lacks, without notices, since the reader chose the change; the map
 * fits the new data.
 */
function switchTo(model: DatasetModel | undefined, localData: boolean): void {
  const current = parseViewState(window.location.search).state;
  const kept = model === undefined ? current : reconcileWithDataset(current, model).state;
  navigate(serializeViewState({ ...kept, map: null, localData }));
}
