import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../mocks/datasets';
import { datasetCoverage } from '../../../src/data/selectors/coverage';
import { countryInvolvement } from '../../../src/data/selectors/involvement';
import type { Dataset } from '../../../src/data/schema/dataset';
import { buildModel } from '../../../src/data/selectors/model';

describe('what the dataset covers', () => {
  const shipped = sampleDataset as Dataset;
  const model = buildModel(shipped);
  const records = model.dataset.records;

  it('counts imported and hand-gathered records and names the countries most records involve', () => {
    const coverage = datasetCoverage(model);
    const imported = records.filter((record) => record.origin !== undefined).length;
    expect(imported).toBeGreaterThan(0);
    expect(coverage).toMatchObject({ total: records.length, imported, curated: records.length - imported });
    const involvement = countryInvolvement(model, records);
    expect(coverage.topCountries).toEqual(involvement.slice(0, 3));
    expect(coverage.topCountries[0]!.iso3).toBe('KHM');
    expect(coverage.topShare).toBeCloseTo(involvement[0]!.count / records.length);
  });

  it('is counted once per dataset, however many lines state it', () => {
    expect(datasetCoverage(model)).toBe(datasetCoverage(model));
    const other = buildModel({ ...shipped, records: shipped.records.slice(0, 5) });
    expect(datasetCoverage(other).total).toBe(5);
  });
});
