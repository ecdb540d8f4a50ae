import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import type { TableSort } from '../../view-state/view-state';

export interface RecordTableProps {
  model: DatasetModel;
  /** The records under the current filters. */
  records: CooperationRecord[];
  sort: TableSort;
  /** 1-based; may be past the last page after a filter change, then the last page shows. */
  page: number;
  onSortChange: (sort: TableSort) => void;
  onPageChange: (page: number) => void;
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
}

/** Stub: the table is built in its own change. */
export function RecordTable({ records }: RecordTableProps) {
  return <p>{records.length}</p>;
}
