import { PARTIAL_DATE } from '../data/schema/partial-date';

// A partial date's precision is its length: "2023" (year), "2023-06" (month), "2023-06-09" (day).
const ONE_STEP_FINER: Record<number, number> = { 4: 7, 7: 10 };

/**
 * The two ends of a period as a reader should see them. Where one end is vaguer and the other
 * falls inside it ("2023" to "2023-06-09"), the precise end is shown at most one step finer than
 * the vague one ("2023 – June 2023", not "2023 – 9 June 2023"): a day read beside a bare year
 * suggests a precision the period as a whole does not have. Ends that shorten to the same date
 * become one date. Periods whose ends lie apart ("9 March 2018 – 2021") keep both as written.
 */
export function periodEnds(start: string, end?: string): { start: string; end?: string } {
  if (end === undefined || end === start) return { start };
  if (!PARTIAL_DATE.test(start) || !PARTIAL_DATE.test(end)) return { start, end };
  const shown =
    start.length < end.length && end.startsWith(start)
      ? { start, end: end.slice(0, ONE_STEP_FINER[start.length] ?? end.length) }
      : end.length < start.length && start.startsWith(end)
        ? { start: start.slice(0, ONE_STEP_FINER[end.length] ?? start.length), end }
        : { start, end };
  return shown.start === shown.end ? { start: shown.start } : shown;
}
