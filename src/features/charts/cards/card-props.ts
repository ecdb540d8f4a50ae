import type { CooperationRecord } from '../../../data/schema/records';
import type { RecordFilter } from '../../../data/selectors/filter';
import type { DatasetModel } from '../../../data/selectors/model';
import type { ChartOptions } from '../../../view-state/chart-options';
import type { ChartContext } from '../chart-context';

/** Opens the records behind a bar as a filter (the explore view's Records tab); absent where no view can. */
export interface OpenRecords {
  /** The filter the charts were drawn under: a bar's filter narrows it. */
  filter: RecordFilter;
  /** The address of the records a filter selects, for a link that opens in place or in a new tab. */
  href: (filter: RecordFilter) => string;
  open: (filter: RecordFilter) => void;
}

/** What every chart card gets: the data under the current filters, the figure's context and the charts' choices. */
export interface CardProps {
  model: DatasetModel;
  records: CooperationRecord[];
  context: ChartContext;
  options: ChartOptions;
  onOptionsChange: (change: Partial<ChartOptions>) => void;
  openRecords?: OpenRecords;
}
