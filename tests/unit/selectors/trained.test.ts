import { describe, expect, it } from 'vitest';
import { peopleTrainedPerYear } from '../../../src/data/selectors/trained';
import { selectorFixture } from '../../fixtures/selector-fixture';

describe('peopleTrainedPerYear', () => {
  it('sums participants by start year, keeping disputed counts as a range and counting trainings without a figure', () => {
    expect(peopleTrainedPerYear(selectorFixture.records)).toEqual([
      // 8 or 15 trainees, from 2019-12-30 to 2020-01-10: counted in 2019, and 2020 gets no row.
      { year: 2019, min: 8, max: 15, trainings: 1, trainingsWithoutCount: 0 },
      // 24 trainees, plus a course with no participant figure.
      { year: 2023, min: 24, max: 24, trainings: 2, trainingsWithoutCount: 1 },
    ]);
  });

  it('ignores partnerships and events', () => {
    const notTrainings = selectorFixture.records.filter((record) => record.type !== 'training');
    expect(notTrainings.length).toBeGreaterThan(0);
    expect(peopleTrainedPerYear(notTrainings)).toEqual([]);
  });

  it('adds the low ends and the high ends of several disputed counts in one year', () => {
    const base = selectorFixture.records.find((record) => record.id === 'khm-trains-lao-deminers-2019');
    if (base?.type !== 'training') throw new Error('fixture training missing');
    const other = {
      ...base,
      id: 'second-disputed-training',
      participants: {
        disputed: true as const,
        values: [
          { value: 30, source: 'fixture-news-a' },
          { value: 20, source: 'fixture-news-b' },
        ],
      },
    };
    expect(peopleTrainedPerYear([base, other])).toEqual([
      { year: 2019, min: 28, max: 45, trainings: 2, trainingsWithoutCount: 0 },
    ]);
  });
});
