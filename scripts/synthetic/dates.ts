import type { Period } from '../../src/data/schema/partial-date-schema';
import type { RecordType } from '../../src/data/schema/vocabulary';
import type { Random } from './random';

/** The last year generated records start in: the dataset's "as of" year. */
export const LAST_YEAR = 2026;
const FIRST_YEAR = 2000;
const DAY_MS = 86_400_000;

type Precision = 'year' | 'month' | 'day';

/**
 * A period as sources give it: a year, a month or a day, weighted towards recent years (most
 * records in real data are recent). Ends never precede starts.
 */
export function generatePeriod(random: Random, type: RecordType): Period {
  // sqrt skews the draw towards the end of the range.
  const year = FIRST_YEAR + Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(random.next()));
  const precision = random.weighted<Precision>([
    ['year', 20],
    ['month', 30],
    ['day', 50],
  ]);
  // Days stop at 28 so that every month has them.
  const startMs = Date.UTC(year, random.int(0, 11), random.int(1, 28));
  const start = format(startMs, precision);
  const end = generateEnd(random, type, precision, startMs);
  return end === undefined ? { start } : { start, end };
}

function generateEnd(random: Random, type: RecordType, precision: Precision, startMs: number) {
  if (type === 'partnership') {
    if (!random.chance(0.65)) return undefined;
    const years = random.int(1, 5);
    return format(startMs + years * 365 * DAY_MS + random.int(0, 300) * DAY_MS, precision);
  }
  if (precision !== 'day') return undefined;
  if (type === 'training') return format(startMs + random.int(2, 20) * DAY_MS, 'day');
  return random.chance(0.3) ? format(startMs + random.int(1, 3) * DAY_MS, 'day') : undefined;
}

function format(ms: number, precision: Precision): string {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear());
  if (precision === 'year') return year;
  const month = `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  if (precision === 'month') return month;
  return `${month}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** A date for a source: a year, a month or a day in the dataset's years. */
export function generatePublished(random: Random): string {
  const ms = Date.UTC(random.int(FIRST_YEAR, LAST_YEAR), random.int(0, 11), random.int(1, 28));
  return format(
    ms,
    random.weighted<Precision>([
      ['year', 10],
      ['month', 30],
      ['day', 60],
    ]),
  );
}
