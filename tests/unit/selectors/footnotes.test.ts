import { describe, expect, it } from 'vitest';
import type { CooperationRecord } from '../../../src/data/schema/records';
import {
  citedCount,
  noteRanges,
  numberSources,
  sourcesOfRecords,
} from '../../../src/data/selectors/footnotes';

describe('numberSources', () => {
  it('numbers sources in order of first citation and keeps a number when a source is cited again', () => {
    const numbering = numberSources([['b', 'a'], ['a', 'c'], [], ['d', 'b']]);
    expect(numbering.order).toEqual(['b', 'a', 'c', 'd']);
    expect([...numbering.numberOf]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
      ['d', 4],
    ]);
  });

  it('gives nothing for a page that cites nothing', () => {
    expect(numberSources([]).order).toEqual([]);
  });
});

describe('noteRanges', () => {
  const numbering = numberSources([['s1', 's2', 's3', 's4', 's5', 's6', 's7']]);

  it('joins consecutive numbers into runs, in ascending order, whatever order the ids come in', () => {
    expect(noteRanges(numbering, ['s5', 's1', 's2', 's3', 's7', 's2'])).toEqual([
      { first: 1, last: 3 },
      { first: 5, last: 5 },
      { first: 7, last: 7 },
    ]);
  });

  it('leaves out sources the page does not number', () => {
    expect(noteRanges(numbering, ['unknown', 's4'])).toEqual([{ first: 4, last: 4 }]);
    expect(noteRanges(numbering, [])).toEqual([]);
  });
});

describe('sourcesOfRecords and citedCount', () => {
  const record = (id: string, sources: string[]) => ({ id, sources }) as unknown as CooperationRecord;
  const records = [record('r1', ['x', 'y']), record('r2', ['y', 'z']), record('r3', ['x'])];

  it('lists each source once, in record order', () => {
    expect(sourcesOfRecords(records)).toEqual(['x', 'y', 'z']);
  });

  it('counts records with their ids and sources', () => {
    expect(citedCount(records)).toEqual({
      count: 3,
      recordIds: ['r1', 'r2', 'r3'],
      sourceIds: ['x', 'y', 'z'],
    });
  });
});
