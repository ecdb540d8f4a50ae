import type { CooperationRecord } from '../schema/records';
import { filterRecords, type RecordFilter } from './filter';
import type { DatasetModel } from './model';
import { weakPairCache } from './weak-pair-cache';

const lists = weakPairCache<DatasetModel, RecordFilter, CooperationRecord[]>();

/**
 * filterRecords, once per filter object: the explore view filters for the count at once and for
 * its panels a moment later (useValueAfterPaint), with the same filter object (the view state hands
 * back the same object for the same filter), and the second time must not pass over every record again.
 */
export function filterRecordsOnce(model: DatasetModel, filter: RecordFilter): CooperationRecord[] {
  return lists(model, filter, () => filterRecords(model, filter));
}
