import type { CooperationRecord } from '../schema/records';
import { THEMES, type Theme } from '../schema/vocabulary';

export interface ThemeCount {
  theme: Theme;
  count: number;
}

export interface RecordsPerTheme {
  /** Themes with at least one record, most records first, ties in vocabulary order. */
  themes: ThemeCount[];
  /** Records that name no theme, which no bar shows. */
  withoutTheme: number;
}

/** Records per theme; a record with several themes counts in each, so the counts can add up to more than the records. */
export function recordsPerTheme(records: CooperationRecord[]): RecordsPerTheme {
  const counts = new Map<Theme, number>();
  let withoutTheme = 0;
  for (const record of records) {
    // A theme listed twice in one record still counts that record once.
    const themes = new Set(record.themes);
    if (themes.size === 0) withoutTheme += 1;
    for (const theme of themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  const themes = [...counts]
    .map(([theme, count]) => ({ theme, count }))
    .sort((a, b) => b.count - a.count || THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme));
  return { themes, withoutTheme };
}
