import type { CooperationRecord, Training } from '../schema/records';
import { sumFigures } from './figure-sum';
import { startYear } from './period';

export interface TrainedPerYear {
  year: number;
  min: number;
  max: number;
  trainings: number;
  trainingsWithoutCount: number;
}

/** People trained per year (year of the training's start). Disputed counts add their low value to min and high value to max, so the range stays honest. Trainings with no participant figure are counted in trainingsWithoutCount. Only years that have trainings. */
export function peopleTrainedPerYear(records: CooperationRecord[]): TrainedPerYear[] {
  const byYear = new Map<number, Training[]>();
  for (const record of records) {
    if (record.type !== 'training') continue;
    const year = startYear(record);
    const trainings = byYear.get(year);
    if (trainings === undefined) byYear.set(year, [record]);
    else trainings.push(record);
  }
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, trainings]) => {
      const sum = sumFigures(trainings.map((training) => training.participants));
      return {
        year,
        min: sum.min,
        max: sum.max,
        trainings: trainings.length,
        trainingsWithoutCount: sum.unknown,
      };
    });
}
