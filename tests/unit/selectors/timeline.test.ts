import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema/dataset';
import { buildModel } from '../../../src/data/selectors/model';
import { timelineByYear } from '../../../src/data/selectors/timeline';
import { sampleDataset } from '../../../mocks/datasets';

const records = buildModel(sampleDataset as Dataset).dataset.records;

describe('timelineByYear', () => {
  const years = timelineByYear(records);

  it('holds every event and training once, and no partnership', () => {
    const ids = years.flatMap((year) => year.items.map((item) => item.id));
    const expected = records.filter((record) => record.type !== 'partnership').map((record) => record.id);
    expect(ids.sort()).toEqual(expected.sort());
  });

  it('runs in date order within ascending years', () => {
    expect(years.map((year) => year.year)).toEqual([...years.map((year) => year.year)].sort((a, b) => a - b));
    const seed = years.find((year) => year.year === 2024)!;
    const starts = seed.items.map((item) => item.period.start);
    expect(starts).toEqual([...starts].sort());
    expect(seed.items.some((item) => item.id === 'cmaa-ukraine-meeting-2024-04-03')).toBe(true);
  });
});
