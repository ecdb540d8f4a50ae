import type { DatasetModel } from '../data/selectors/model';
import { DatasetSummary } from '../features/overview/DatasetSummary';
import { RecordList } from '../features/records/RecordList';
import { ExploreRoute } from './routes/ExploreRoute';

/** The first page: what the dataset is, what it holds, and every record with its sources. */
export function HomePage({ model }: { model: DatasetModel }) {
  return (
    <>
      <DatasetSummary model={model} />
      <ExploreRoute model={model} />
      <RecordList model={model} records={model.dataset.records} />
    </>
  );
}
