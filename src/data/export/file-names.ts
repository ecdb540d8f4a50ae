import type { RecordFilter } from '../selectors/filter';

/**
 * The reader's calendar day as YYYY-MM-DD. Local, not UTC: a file saved at 00:30 in Phnom Penh
 * is named after that day, not the day before.
 */
export function localDay(date: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

// A name longer than this is hard to read in a downloads list; a longer filter is just "filtered".
const MAX_SUBJECT_LENGTH = 40;
const MAX_SUBJECT_PARTS = 4;

// Letters NFD does not split into a base and an accent.
const STROKED: Record<string, string> = { Đ: 'D', đ: 'd', Ł: 'L', ł: 'l', Ø: 'O', ø: 'o' };

/** ASCII letters, digits and single hyphens only, so the name is safe on every file system. Case is kept (KHM). */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ĐđŁłØø]/g, (letter) => STROKED[letter] ?? letter)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What a filtered export holds, for its file name: "records" without a filter, the filter's values
 * when they are few and short ("KHM-UKR", "training-2023"), else "records-filtered".
 */
export function filterSubject(filter: RecordFilter): string {
  const parts: string[] = [
    ...filter.countries,
    ...filter.organisations,
    ...filter.types,
    ...filter.themes,
    ...filter.confidence,
  ];
  const { yearFrom: from, yearTo: to } = filter;
  if (from !== null && to !== null) parts.push(from === to ? String(from) : `${from}-${to}`);
  else if (from !== null) parts.push(`from-${from}`);
  else if (to !== null) parts.push(`to-${to}`);
  if (filter.text.trim() !== '') parts.push(fileSlug(filter.text.toLowerCase()) || 'search');

  if (parts.length === 0) return 'records';
  const subject = parts.map(fileSlug).filter(Boolean).join('-');
  return parts.length <= MAX_SUBJECT_PARTS && subject.length <= MAX_SUBJECT_LENGTH
    ? subject
    : 'records-filtered';
}

/** "cooperation-KHM-UKR-2026-11-28.csv": the records under a filter, exported on a day. */
export function recordsFileName(filter: RecordFilter, date: Date, extension: 'csv' | 'json'): string {
  return `cooperation-${filterSubject(filter)}-${localDay(date)}.${extension}`;
}

/** "chart-records-per-year-2026-11-28.png" */
export function chartFileName(stem: string, date: Date, extension: 'png' | 'svg'): string {
  return `chart-${fileSlug(stem) || 'figure'}-${localDay(date)}.${extension}`;
}
