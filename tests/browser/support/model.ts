import { buildModel, type DatasetModel } from '../../../src/data/selectors/model';
import { filterRecords, EMPTY_FILTER, type RecordFilter } from '../../../src/data/selectors/filter';
import { shippedDataset } from './dataset-file';

/** The model of the shipped dataset, built by the same selectors the app uses. */
export function shippedModel(): DatasetModel {
  return buildModel(shippedDataset());
}

/** How many records the app should show for a filter, computed independently of the page. */
export function expectedCount(model: DatasetModel, filter: Partial<RecordFilter>): number {
  return filterRecords(model, { ...EMPTY_FILTER, ...filter }).length;
}
