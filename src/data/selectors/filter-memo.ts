import type { CooperationRecord } from '../schema/records';
import { filterRecords, type RecordFilter } from './filter';
import type { DatasetModel } from './model';

const lists = new WeakMap<DatasetModel, WeakMap<RecordFilter, CooperationRecord[]>>();

/**
 * filterRecords, once per filter object: the explore view filters for the count at once and for
 * its panels a moment later (useValueAfterPaint), with the same filter object (the view state hands
 * back the same object for the same filter), and the second time must not pass over every record again.
 */
export function filterRecordsOnce(model: DatasetModel, filter: RecordFilter): CooperationRecord[] {
  let byFilter = lists.get(model);
  if (byFilter === undefined) {
    byFilter = new WeakMap();
    lists.set(model, byFilter);
  }
  let records = byFilter.get(filter);
  if (records === undefined) {
    records = filterRecords(model, filter);
    byFilter.set(filter, records);
  }
  return records;
}
