import { describe, expect, it } from 'vitest';
import { recordsPerYearByType } from '../../../src/data/selectors/by-year';
import { selectorFixture } from '../../fixtures/selector-fixture';

describe('recordsPerYearByType', () => {
  it('counts each record in its start year and fills the years in between with zeros', () => {
    expect(recordsPerYearByType(selectorFixture.records)).toEqual([
      { year: 2018, partnership: 1, training: 0, event: 0 },
      // The training from 2019-12-30 to 2020-01-10 counts in 2019 only.
      { year: 2019, partnership: 0, training: 1, event: 1 },
      { year: 2020, partnership: 0, training: 0, event: 0 },
      { year: 2021, partnership: 1, training: 0, event: 0 },
      { year: 2022, partnership: 1, training: 0, event: 0 },
      { year: 2023, partnership: 0, training: 2, event: 0 },
    ]);
  });

  it('is empty without records', () => {
    expect(recordsPerYearByType([])).toEqual([]);
  });

  it('gives a single year for records that all start in it', () => {
    const in2023 = selectorFixture.records.filter((record) => record.period.start.startsWith('2023'));
    expect(recordsPerYearByType(in2023)).toEqual([{ year: 2023, partnership: 0, training: 2, event: 0 }]);
  });
});
