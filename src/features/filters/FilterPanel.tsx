import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import type { ViewStateUpdate } from '../../view-state/use-view-state';

export interface FilterPanelProps {
  model: DatasetModel;
  filter: RecordFilter;
  /** How many records pass the filter. */
  matching: number;
  update: (change: ViewStateUpdate) => void;
}

/** Stub: the filters are built in their own change. */
export function FilterPanel({ matching }: FilterPanelProps) {
  return <p>{matching}</p>;
}
