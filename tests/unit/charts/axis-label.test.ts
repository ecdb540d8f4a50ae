import { describe, expect, it } from 'vitest';
import { shortenLabel } from '../../../src/features/charts/axis-label';
import { graphemeCount, graphemes, takeGraphemes } from '../../../src/i18n/graphemes';

// "Cambodia and Ukraine" in Khmer: 21 UTF-16 units, 11 clusters; several clusters are a consonant
// with a subscript consonant and a vowel sign, which a cut by unit would tear apart.
const KHMER = 'កម្ពុជា និង អ៊ុយក្រែន';

describe('graphemes', () => {
  it('counts a Khmer cluster as one character', () => {
    expect(graphemeCount('ខ្មែរ')).toBe(2);
    expect(graphemes('ខ្មែរ')).toEqual(['ខ្មែ', 'រ']);
    expect(graphemeCount(KHMER)).toBe(11);
  });

  it('takes whole clusters only', () => {
    expect(takeGraphemes(KHMER, 2)).toBe('កម្ពុ');
    expect(takeGraphemes('ខ្មែរ', 1)).toBe('ខ្មែ');
    expect(takeGraphemes('ខ្មែរ', 9)).toBe('ខ្មែរ');
    expect(takeGraphemes('abc', 0)).toBe('');
  });
});

describe('shortenLabel', () => {
  it('keeps a label that fits, counted by cluster, not by UTF-16 unit', () => {
    // 21 units: a cut by unit at 12 would have shortened it.
    expect(shortenLabel(KHMER, 12)).toBe(KHMER);
  });

  it('cuts a long Khmer label between clusters, never inside one', () => {
    const short = shortenLabel(KHMER, 5);
    expect(short).toBe('កម្ពុជា…');
    // Every cluster of the shortened label is a whole cluster of the original.
    const original = graphemes(KHMER);
    const kept = graphemes(short.slice(0, -1));
    expect(kept).toEqual(original.slice(0, kept.length));
    // A cut by unit (the old way) would have ended on a bare subscript sign.
    expect(KHMER.slice(0, 3)).toBe('កម្');
    expect(shortenLabel(KHMER, 3)).toBe('កម្ពុ…');
  });

  it('cuts Latin labels as before, without a space before the ellipsis', () => {
    expect(shortenLabel('Swiss Foundation for Mine Action', 22)).toBe('Swiss Foundation for…');
    expect(shortenLabel('Japan', 22)).toBe('Japan');
  });

  it('never splits an accented letter written with a combining mark', () => {
    expect(shortenLabel('Cafe\u0301 Cafe\u0301 Cafe\u0301', 5)).toBe('Cafe\u0301…');
  });
});
