import { sampleDataset } from '../../mocks/datasets';
import { DatasetSchema } from '../../src/data/schema/dataset';
import { filterRecords, EMPTY_FILTER } from '../../src/data/selectors/filter';
import { buildModel } from '../../src/data/selectors/model';

/** The bundled sample dataset as the app sees it: validated and indexed. */
export const model = buildModel(DatasetSchema.parse(sampleDataset));

/** The records the route passes when the filters narrow to one country. */
export const recordsOf = (iso3: string) => filterRecords(model, { ...EMPTY_FILTER, countries: [iso3] });
