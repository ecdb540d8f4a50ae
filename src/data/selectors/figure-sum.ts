import type { Figure } from '../schema/records';
import { figureRange } from './figures';

/** A total over figures that may be disputed or missing: the honest range, and how many were unknown. */
export interface FigureSum {
  min: number;
  max: number;
  /** True when any figure in the sum was disputed, so min and max differ for a reason readers should see. */
  disputed: boolean;
  /** How many items had no figure at all (not counted in min or max). */
  unknown: number;
}

export const EMPTY_SUM: FigureSum = { min: 0, max: 0, disputed: false, unknown: 0 };

/** Adds figures: disputed ones add their low value to min and their high value to max. */
export function sumFigures(figures: (Figure | undefined)[]): FigureSum {
  const sum = { ...EMPTY_SUM };
  for (const figure of figures) {
    if (figure === undefined) {
      sum.unknown += 1;
      continue;
    }
    const range = figureRange(figure);
    sum.min += range.min;
    sum.max += range.max;
    sum.disputed ||= range.disputed;
  }
  return sum;
}
