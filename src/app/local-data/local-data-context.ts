import { createContext, useContext } from 'react';
import type { LocalImportFailure, LocalImportStep } from '../../data/api/import-local-files';
import type { FileReport } from '../../data/import/types';
import type { DatasetModel } from '../../data/selectors/model';

/** A data file the reader opened in this browser, ready to show in place of the published dataset. */
export interface LocalDataset {
  /** Changes with every file opened, so the views start afresh on each. */
  id: number;
  model: DatasetModel;
  fileNames: string[];
  reports: FileReport[];
}

export interface LocalDataValue {
  /** Null while the published dataset is shown. */
  local: LocalDataset | null;
  /** Imports the files and, if they are good, shows them; otherwise says why and changes nothing. */
  open: (files: File[], onStep: (step: LocalImportStep) => void) => Promise<LocalImportFailure | null>;
  backToPublished: () => void;
}

export const LocalDataContext = createContext<LocalDataValue>({
  local: null,
  open: () => Promise.resolve(null),
  backToPublished: () => undefined,
});

/** The locally opened file, if any, and the ways to open one or go back to the published data. */
export function useLocalData(): LocalDataValue {
  return useContext(LocalDataContext);
}
