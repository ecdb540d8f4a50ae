import { describe, expect, it, vi } from 'vitest';
import { weakPairCache } from '../../../src/data/selectors/weak-pair-cache';

describe('weakPairCache', () => {
  it('computes once per pair of objects and hands back the same value after', () => {
    const cache = weakPairCache<object, object, { sum: number }>();
    const [a, b, c] = [{}, {}, {}];
    const compute = vi.fn(() => ({ sum: 1 }));
    const first = cache(a, b, compute);
    expect(cache(a, b, compute)).toBe(first);
    expect(compute).toHaveBeenCalledOnce();
    expect(cache(a, c, compute)).not.toBe(first);
    expect(cache(b, a, compute)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps an undefined value rather than computing it again', () => {
    const cache = weakPairCache<object, object, undefined>();
    const compute = vi.fn(() => undefined);
    const [a, b] = [{}, {}];
    cache(a, b, compute);
    cache(a, b, compute);
    expect(compute).toHaveBeenCalledOnce();
  });
});
