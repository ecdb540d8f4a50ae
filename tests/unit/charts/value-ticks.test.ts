import { describe, expect, it } from 'vitest';
import { largestBar, roundTicks } from '../../../src/features/charts/value-ticks';

describe('value axis ticks', () => {
  it('fall on round steps from zero past the largest value', () => {
    expect(roundTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(roundTicks(26)).toEqual([0, 10, 20, 30]);
    expect(roundTicks(72)).toEqual([0, 20, 40, 60, 80]);
    expect(roundTicks(38)).toEqual([0, 10, 20, 30, 40]);
    expect(roundTicks(5_300_000_000)).toEqual([0, 2e9, 4e9, 6e9]);
  });

  it('take fewer, wider steps where fewer fit', () => {
    expect(roundTicks(5_300_000_000, { maxIntervals: 2 })).toEqual([0, 6e9]);
    expect(roundTicks(5_300_000_000, { maxIntervals: 3 })).toEqual([0, 2e9, 4e9, 6e9]);
    expect(roundTicks(23, { maxIntervals: 3 })).toEqual([0, 10, 20, 30]);
  });

  it('never give a count a fractional step, and keep an axis for nothing', () => {
    expect(roundTicks(2)).toEqual([0, 1, 2]);
    expect(roundTicks(0)).toEqual([0, 1]);
  });

  it('measure stacked segments together and separate bars apart', () => {
    const bars = [
      { dataKey: 'a', name: 'a', fill: '', stroke: '', stackId: 'stack' },
      { dataKey: 'b', name: 'b', fill: '', stroke: '', stackId: 'stack' },
      { dataKey: 'c', name: 'c', fill: '', stroke: '', stackId: undefined },
    ];
    expect(largestBar([{ a: 3, b: 4, c: 6 }], bars)).toBe(7);
    expect(largestBar([{ a: 1, b: 1, c: 6 }], bars)).toBe(6);
  });
});
