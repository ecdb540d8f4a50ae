/**
 * A small seeded random source. Generated datasets must be byte-identical for a seed, so
 * nothing here may touch Math.random or the clock.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One item of a non-empty list, by the weight beside it. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** `count` distinct items of a list (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: 32 bits of state, fast, and good enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (choices) => {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let left = next() * total;
      for (const [item, weight] of choices) {
        left -= weight;
        if (left < 0) return item;
      }
      return pick(choices)[0];
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const copy = [...items];
      const taken = Math.min(count, copy.length);
      // A partial Fisher-Yates shuffle: only the first `taken` places are drawn.
      for (let i = 0; i < taken; i += 1) {
        const j = int(i, copy.length - 1);
        const held = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = held;
      }
      return copy.slice(0, taken);
    },
  };
}

/**
 * Draws ranks 0..size-1 with probability proportional to 1 / (rank + 1)^exponent, so the first
 * few ranks take most draws: the skew of real cooperation data, where a handful of donors and
 * affected countries account for most of the activity.
 */
export function zipfSampler(size: number, exponent: number): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
