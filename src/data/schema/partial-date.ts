// Plain functions only: the page uses them, and the schemas (partial-date-schema.ts) stay in the
// worker that validates.

/**
 * A date as precise as its source: "2024", "2024-11" or "2024-11-25".
 * Sources often give only a year or a month; we keep that instead of inventing a day.
 */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits a partial date into numbers, or returns null when it is not a real calendar date. */
export function parsePartialDate(text: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date can mean, as an ISO day ("2024" -> "2024-01-01"). */
export function earliestDay(text: string): string {
  const parts = parsePartialDate(text);
  if (!parts) return text;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  return `${pad(parts.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The last day a partial date can mean ("2024-02" -> "2024-02-29"). */
export function latestDay(text: string): string {
  const parts = parsePartialDate(text);
  if (!parts) return text;
  const month = parts.month ?? 12;
  const day = parts.day ?? daysInMonth(parts.year, month);
  return `${pad(parts.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The year of a partial date. */
export function yearOf(text: string): number {
  return Number(text.slice(0, 4));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
