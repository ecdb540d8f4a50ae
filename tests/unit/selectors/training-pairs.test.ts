import { describe, expect, it } from 'vitest';
import type { CooperationRecord } from '../../../src/data/schema/records';
import { buildModel } from '../../../src/data/selectors/model';
import { trainingPairs } from '../../../src/data/selectors/training-pairs';
import { chartsFixture } from '../../fixtures/charts-fixture';

const model = buildModel(chartsFixture);

function record(id: string): CooperationRecord {
  const found = chartsFixture.records.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
}

describe('trainingPairs', () => {
  it('pairs trainer and trainee countries, with disputed counts as a range', () => {
    expect(trainingPairs(model, chartsFixture.records)).toEqual({
      pairs: [
        // The Hà Nội course trained Cambodian and Lao staff together: its 30 count for each pair.
        { from: 'VNM', to: 'KHM', trainings: 1, min: 30, max: 30, trainingsWithoutCount: 0 },
        { from: 'VNM', to: 'LAO', trainings: 1, min: 30, max: 30, trainingsWithoutCount: 0 },
        { from: 'KHM', to: 'UKR', trainings: 1, min: 24, max: 24, trainingsWithoutCount: 0 },
        { from: 'KHM', to: 'LAO', trainings: 1, min: 8, max: 15, trainingsWithoutCount: 0 },
      ],
      // The Pakse course's trainer is an international body with no country.
      unpaired: 1,
      withoutCount: 0,
    });
  });

  it('counts trainings without a number of people but adds nothing for them', () => {
    const counted = record('khm-trains-ukr-deminers-2023');
    if (counted.type !== 'training') throw new Error('expected a training');
    const uncounted: CooperationRecord = { ...counted, id: 'uncounted', participants: undefined };
    expect(trainingPairs(model, [counted, uncounted])).toEqual({
      pairs: [{ from: 'KHM', to: 'UKR', trainings: 2, min: 24, max: 24, trainingsWithoutCount: 1 }],
      unpaired: 0,
      withoutCount: 1,
    });
  });

  it('counts a training without a number once, however many pairs it is in', () => {
    const shared = record('vnm-trains-khm-lao-2024');
    if (shared.type !== 'training') throw new Error('expected a training');
    const uncounted: CooperationRecord = { ...shared, participants: undefined };
    expect(trainingPairs(model, [uncounted])).toEqual({
      pairs: [
        { from: 'VNM', to: 'KHM', trainings: 1, min: 0, max: 0, trainingsWithoutCount: 1 },
        { from: 'VNM', to: 'LAO', trainings: 1, min: 0, max: 0, trainingsWithoutCount: 1 },
      ],
      unpaired: 0,
      withoutCount: 1,
    });
  });

  it('ignores records that are not trainings', () => {
    expect(trainingPairs(model, [record('jpn-funds-battambang-clearance')])).toEqual({
      pairs: [],
      unpaired: 0,
      withoutCount: 0,
    });
  });
});
