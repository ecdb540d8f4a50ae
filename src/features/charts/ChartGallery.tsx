import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';

export interface ChartGalleryProps {
  model: DatasetModel;
  /** The records under the current filters. */
  records: CooperationRecord[];
}

/** Stub: the charts are built in their own change. */
export default function ChartGallery({ records }: ChartGalleryProps) {
  return <p>{records.length}</p>;
}
