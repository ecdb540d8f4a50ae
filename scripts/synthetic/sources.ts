import type { Source } from '../../src/data/schema/entities';
import { generatePublished } from './dates';
import type { Random } from './random';

const PUBLISHERS = 40;

/** How many sources a dataset of `records` records cites: enough that records rarely share all of them. */
export function sourceCount(records: number): number {
  return 100 + Math.floor(records / 5);
}

/** A pool of invented sources, all under example.org so that no link leads to a real page. */
export function generateSources(random: Random, count: number): Source[] {
  const sources: Source[] = [];
  for (let number = 1; number <= count; number += 1) {
    sources.push({
      id: `syn-src-${number}`,
      title: `Synthetic source ${number}`,
      publisher: `Synthetic Publisher ${random.int(1, PUBLISHERS)}`,
      url: `https://example.org/synthetic/sources/${number}`,
      ...(random.chance(0.8) ? { published: generatePublished(random) } : {}),
      ...(random.chance(0.9) ? { language: 'en' } : {}),
    });
  }
  return sources;
}

/** `count` distinct source ids from the pool. */
export function citeSources(random: Random, pool: readonly Source[], count: number): string[] {
  const ids = new Set<string>();
  // The pool is far larger than `count`, so a few redraws at most.
  while (ids.size < Math.min(count, pool.length)) ids.add(random.pick(pool).id);
  return [...ids];
}
