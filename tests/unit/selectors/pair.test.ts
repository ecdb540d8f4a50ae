import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema/dataset';
import { buildModel, countriesOfRecord } from '../../../src/data/selectors/model';
import { pairTrainingFlows, recordsInvolvingBoth, thirdParties } from '../../../src/data/selectors/pair';
import { sumFigures } from '../../../src/data/selectors/figure-sum';
import { sampleDataset } from '../../../mocks/datasets';

const model = buildModel(sampleDataset as Dataset);
const all = model.dataset.records;

describe('the Cambodia–Ukraine pair', () => {
  const pair = recordsInvolvingBoth(model, all, 'KHM', 'UKR');

  it('holds exactly the records that involve both countries, in either order', () => {
    const expected = all.filter((record) => {
      const countries = countriesOfRecord(model, record);
      return countries.has('KHM') && countries.has('UKR');
    });
    expect(pair).toEqual(expected);
    expect(recordsInvolvingBoth(model, all, 'UKR', 'KHM')).toEqual(expected);
    expect(pair.map((record) => record.id)).toContain('cmaa-ukraine-meeting-2024-04-03');
  });

  it('finds Cambodia training Ukraine, with the disputed course-1 count kept as a range', () => {
    const flows = pairTrainingFlows(model, pair, 'KHM', 'UKR');
    expect(flows).toHaveLength(1);
    const [flow] = flows;
    expect(flow!.trainer).toBe('KHM');
    expect(flow!.trainee).toBe('UKR');
    const trainings = pair.filter((record) => record.type === 'training');
    expect(flow!.trainings.map((training) => training.id).sort()).toEqual(
      trainings.map((record) => record.id).sort(),
    );
    // Course 1 had 8 or 15 trainees, course 3 had 14, course 2 has no count.
    expect(flow!.people).toEqual({ min: 22, max: 29, disputed: true, unknown: 1 });
    expect(flow!.firstYear).toBe(2023);
    expect(flow!.lastYear).toBe(2024);
    expect(flow!.funders.map((funder) => funder.organisation)).toEqual(
      expect.arrayContaining(['jica', 'gov-japan']),
    );
  });

  it('names Japan as a third party with its roles', () => {
    const third = thirdParties(model, pair, 'KHM', 'UKR');
    expect(third.every((party) => party.country !== 'KHM' && party.country !== 'UKR')).toBe(true);
    const jica = third.find((party) => party.organisation === 'jica');
    expect(jica?.country).toBe('JPN');
    expect(jica?.roles).toEqual(expect.arrayContaining(['donor']));
  });
});

describe('sumFigures', () => {
  it('adds plain and disputed figures into an honest range and counts unknowns', () => {
    const disputed = {
      disputed: true as const,
      values: [
        { value: 8, source: 'a' },
        { value: 15, source: 'b' },
      ],
    };
    expect(sumFigures([14, disputed, undefined])).toEqual({ min: 22, max: 29, disputed: true, unknown: 1 });
    expect(sumFigures([])).toEqual({ min: 0, max: 0, disputed: false, unknown: 0 });
  });
});
