import type { CooperationRecord } from '../schema/records';
import { actorsInRoles } from './actors';
import { figureRange } from './figures';
import type { DatasetModel } from './model';
import { compareCodes } from './sort';

export interface TrainingPair {
  /** The trainer's country (ISO3). */
  from: string;
  /** The trainees' country (ISO3). */
  to: string;
  trainings: number;
  /** People trained: the sum of each training's lowest and highest reported count. */
  min: number;
  max: number;
  /** Trainings of this pair that give no number of people. */
  trainingsWithoutCount: number;
}

export interface TrainingPairs {
  pairs: TrainingPair[];
  /** Trainings that name no trainer country or no trainee country, so belong to no pair. */
  unpaired: number;
  /** Trainings in some pair that give no number of people, each counted once however many pairs it is in. */
  withoutCount: number;
}

const TRAINERS = new Set(['trainer'] as const);
const TRAINEES = new Set(['trainee'] as const);

/**
 * Trainings from trainer countries to trainee countries, with people trained as a min–max range.
 * A training between several countries counts, with its whole figure, for each pair; a country training its own people is a pair too.
 * Most people (highest count) first, then most trainings, then by codes.
 */
export function trainingPairs(model: DatasetModel, records: CooperationRecord[]): TrainingPairs {
  const pairs = new Map<string, TrainingPair>();
  let unpaired = 0;
  let withoutCount = 0;
  for (const record of records) {
    if (record.type !== 'training') continue;
    const trainers = actorsInRoles(model, record, 'country', TRAINERS);
    const trainees = actorsInRoles(model, record, 'country', TRAINEES);
    if (trainers.size === 0 || trainees.size === 0) {
      unpaired += 1;
      continue;
    }
    const range = record.participants === undefined ? null : figureRange(record.participants);
    if (range === null) withoutCount += 1;
    for (const from of trainers) {
      for (const to of trainees) {
        const key = `${from}>${to}`;
        let pair = pairs.get(key);
        if (pair === undefined) {
          pair = { from, to, trainings: 0, min: 0, max: 0, trainingsWithoutCount: 0 };
          pairs.set(key, pair);
        }
        pair.trainings += 1;
        if (range === null) pair.trainingsWithoutCount += 1;
        else {
          pair.min += range.min;
          pair.max += range.max;
        }
      }
    }
  }
  const sorted = [...pairs.values()].sort(
    (a, b) =>
      b.max - a.max || b.trainings - a.trainings || compareCodes(a.from, b.from) || compareCodes(a.to, b.to),
  );
  return { pairs: sorted, unpaired, withoutCount };
}
