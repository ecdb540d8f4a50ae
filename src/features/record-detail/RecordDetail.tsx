import type { DatasetModel } from '../../data/selectors/model';

export interface RecordDetailProps {
  model: DatasetModel;
  recordId: string;
  onClose: () => void;
}

/** Stub: the record detail is built in its own change. */
export function RecordDetail({ recordId }: RecordDetailProps) {
  return <p>{recordId}</p>;
}
