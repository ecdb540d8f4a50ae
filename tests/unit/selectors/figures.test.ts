import { describe, expect, it } from 'vitest';
import { figureRange } from '../../../src/data/selectors/figures';

describe('figureRange', () => {
  it('is a single point for an undisputed figure', () => {
    expect(figureRange(24)).toEqual({ min: 24, max: 24, disputed: false });
    expect(figureRange(0)).toEqual({ min: 0, max: 0, disputed: false });
  });

  it('spans the lowest to the highest value of a disputed figure, whatever their order', () => {
    const figure = {
      disputed: true as const,
      values: [
        { value: 15, source: 'fixture-news-b' },
        { value: 8, source: 'fixture-news-a' },
        { value: 12, source: 'fixture-report-a' },
      ],
    };
    expect(figureRange(figure)).toEqual({ min: 8, max: 15, disputed: true });
  });

  it('stays disputed even when the sources happen to give the same value', () => {
    const figure = {
      disputed: true as const,
      values: [
        { value: 10, source: 'fixture-news-a' },
        { value: 10, source: 'fixture-news-b' },
      ],
    };
    expect(figureRange(figure)).toEqual({ min: 10, max: 10, disputed: true });
  });
});
