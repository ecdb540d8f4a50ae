import type { CooperationRecord } from '../schema/records';
import type { RecordType } from '../schema/vocabulary';

/** How many records there are of each type, with zeros for absent types so legends stay stable. */
export function countByType(records: CooperationRecord[]): Record<RecordType, number> {
  const counts: Record<RecordType, number> = { partnership: 0, training: 0, event: 0 };
  for (const record of records) counts[record.type] += 1;
  return counts;
}
