import { beforeEach, describe, expect, it } from 'vitest';
import { fetchDataset } from '../../../src/data/api/fetch-dataset';

const STEPS = ['fetch-start', 'downloaded', 'parsed', 'validated', 'indexed'];
const marks = () =>
  performance
    .getEntriesByType('mark')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith('dataset:'));

describe('fetchDataset timing marks (read by npm run bench)', () => {
  beforeEach(() => performance.clearMarks());

  it('marks each step of a successful load, in order', async () => {
    const model = await fetchDataset();
    expect(model.dataset.records.length).toBeGreaterThan(0);
    expect(marks()).toEqual(STEPS.map((step) => `dataset:${step}`));
  });
});
