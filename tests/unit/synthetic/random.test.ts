// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRandom, zipfSampler } from '../../../scripts/synthetic/random';

const draws = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom', () => {
  it('repeats its sequence for a seed and changes it with the seed', () => {
    expect(draws(7, 20)).toEqual(draws(7, 20));
    expect(draws(7, 20)).not.toEqual(draws(8, 20));
  });

  it('stays within its ranges', () => {
    const random = createRandom(1);
    const floats = Array.from({ length: 2000 }, () => random.next());
    const wholes = new Set(Array.from({ length: 2000 }, () => random.int(3, 5)));
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    expect(wholes).toEqual(new Set([3, 4, 5]));
  });

  it('samples distinct items', () => {
    const sample = createRandom(3).sample([1, 2, 3, 4, 5, 6], 4);
    expect(sample).toHaveLength(4);
    expect(new Set(sample).size).toBe(4);
  });
});

describe('zipfSampler', () => {
  it('gives the first ranks most draws', () => {
    const draw = zipfSampler(50, 1.15);
    const random = createRandom(2);
    const counts = new Array<number>(50).fill(0);
    for (let i = 0; i < 10_000; i += 1) {
      const rank = draw(random);
      counts[rank] = (counts[rank] ?? 0) + 1;
    }
    const top5 = counts.slice(0, 5).reduce((sum, count) => sum + count, 0);
    expect(top5 / 10_000).toBeGreaterThan(0.5);
    // ...and still reaches the tail.
    expect(counts.every((count) => count > 0)).toBe(true);
  });
});
