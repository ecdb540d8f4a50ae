import type { DatasetModel } from '../data/selectors/model';
import { DatasetSummary } from '../features/overview/DatasetSummary';
import { ExploreRoute } from './routes/ExploreRoute';

/** The first page: what the dataset is and holds, then the explore view over all its records. */
export function HomePage({ model }: { model: DatasetModel }) {
  return (
    <>
      <DatasetSummary model={model} />
      <ExploreRoute model={model} />
    </>
  );
}
