import type { Figure } from '../schema/records';

export interface FigureRange {
  min: number;
  max: number;
  disputed: boolean;
}

/** The lowest and highest value the sources give, so a disputed figure is shown as a range, never one value picked silently. */
export function figureRange(figure: Figure): FigureRange {
  if (typeof figure === 'number') return { min: figure, max: figure, disputed: false };
  const values = figure.values.map((entry) => entry.value);
  return { min: Math.min(...values), max: Math.max(...values), disputed: true };
}
