import { countryInvolvement, type CountryCount } from './involvement';
import type { DatasetModel } from './model';

/** What the whole dataset covers: how it was gathered and which countries it is built around. */
export interface Coverage {
  total: number;
  /** Records imported from IATI or FTS open data (they carry an `origin`). */
  imported: number;
  /** Records gathered by hand from public sources. */
  curated: number;
  /** The countries most records involve, most first (at most three). */
  topCountries: CountryCount[];
  /** The share of all records that involve the first of them (0 to 1). */
  topShare: number;
}

const TOP_COUNTRIES = 3;

// Every chart's source line and the filter panel state it: counted once per dataset, not per line
// (a pass over every record, which at 100k records is felt when the Charts tab opens).
const coverageByModel = new WeakMap<DatasetModel, Coverage>();

/** How the dataset was built and where its records cluster; the same whatever the filters, since it describes the data. */
export function datasetCoverage(model: DatasetModel): Coverage {
  let coverage = coverageByModel.get(model);
  if (coverage === undefined) {
    coverage = countCoverage(model);
    coverageByModel.set(model, coverage);
  }
  return coverage;
}

function countCoverage(model: DatasetModel): Coverage {
  const { records } = model.dataset;
  const imported = records.filter((record) => record.origin !== undefined).length;
  const topCountries = countryInvolvement(model, records).slice(0, TOP_COUNTRIES);
  const total = records.length;
  return {
    total,
    imported,
    curated: total - imported,
    topCountries,
    topShare: total === 0 ? 0 : (topCountries[0]?.count ?? 0) / total,
  };
}
