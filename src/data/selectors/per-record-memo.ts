import type { Organisation } from '../schema/entities';
import type { CooperationRecord } from '../schema/records';
import type { DatasetModel } from './model';
import { weakPairCache } from './weak-pair-cache';

/**
 * Remembers a fact derived from one record, so that selectors reading records one by one (a
 * country's profile and partners, the text search, any list the filter did not make: see
 * record-index.ts for the rest) work it out once rather than at every render.
 *
 * The fact may depend on the record and on the dataset's organisations (through whom a party's
 * country is known), so it is kept per organisations index, which every model of one dataset shares
 * (`withLanguage` copies the model but not its indexes). Weak maps: a replaced dataset's facts go
 * with it. Callers must treat what they get as read-only, since it is handed to every caller.
 */
export function perRecordMemo<T>(
  derive: (model: DatasetModel, record: CooperationRecord) => T,
): (model: DatasetModel, record: CooperationRecord) => T {
  const facts = weakPairCache<ReadonlyMap<string, Organisation>, CooperationRecord, T>();
  return (model, record) => facts(model.organisationsById, record, () => derive(model, record));
}
