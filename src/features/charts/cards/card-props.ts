import type { CooperationRecord } from '../../../data/schema/records';
import type { DatasetModel } from '../../../data/selectors/model';

/** What every chart card gets: the data under the current filters and the figure's source line. */
export interface CardProps {
  model: DatasetModel;
  records: CooperationRecord[];
  source: string;
}
