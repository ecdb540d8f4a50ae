import type { Dataset } from '../schema/dataset';
import type { CooperationRecord } from '../schema/records';
import { buildModel, type DatasetModel } from '../selectors/model';
import { indexRecordsAsTheyArrive } from '../selectors/record-index';

/** A dataset put together on the page from the worker's pieces (dataset-worker-protocol.ts). */
export interface DatasetAssembly {
  /** Adds a batch of checked records to the model and indexes them. */
  addRecords(records: readonly CooperationRecord[]): void;
  /** The model with its record index, once every record has arrived and the worker's verdict is in. */
  finish(): DatasetModel;
}

/**
 * Starts the model from everything but the records. Each batch is then added and indexed as it
 * arrives, while the worker checks the next, so the page's share of the work is done by the time
 * the verdict comes rather than starting then. Nothing is shown until finish().
 */
export function assembleDataset(head: Omit<Dataset, 'records'>, recordCount: number): DatasetAssembly {
  const model = buildModel({ ...head, records: [] });
  const { records } = model.dataset;
  const index = indexRecordsAsTheyArrive(model, recordCount);
  return {
    addRecords(batch) {
      for (const record of batch) {
        records.push(record);
        model.recordsById.set(record.id, record);
      }
      index.addArrived();
    },
    finish() {
      index.finish();
      return model;
    },
  };
}
