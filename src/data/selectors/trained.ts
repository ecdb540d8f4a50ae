import type { CooperationRecord } from '../schema/records';
import { figureRange } from './figures';
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
  const byYear = new Map<number, TrainedPerYear>();
  for (const record of records) {
    if (record.type !== 'training') continue;
    const year = startYear(record);
    let row = byYear.get(year);
    if (row === undefined) {
      row = { year, min: 0, max: 0, trainings: 0, trainingsWithoutCount: 0 };
      byYear.set(year, row);
    }
    row.trainings += 1;
    if (record.participants === undefined) {
      row.trainingsWithoutCount += 1;
      continue;
    }
    const range = figureRange(record.participants);
    row.min += range.min;
    row.max += range.max;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
