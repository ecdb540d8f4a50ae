import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';

export interface TimelineProps {
  model: DatasetModel;
  records: CooperationRecord[];
  onOpenRecord: (recordId: string) => void;
}

/** Stub: the timeline is built in its own change. */
export function Timeline({ records }: TimelineProps) {
  return <p>{records.length}</p>;
}
