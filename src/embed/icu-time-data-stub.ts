/**
 * Stands in for @formatjs/icu-messageformat-parser's table of regional hour cycles (about 3 kB
 * gzipped) in the embed build (vite.config.ts). The parser reads it only for a date skeleton's "j",
 * "J" or "C" (`{d, date, ::jmm}`); our messages use no skeletons (tests/unit/i18n checks), so the
 * embed never reads it. The dashboard keeps the real table.
 */
export const timeData: Record<string, string[]> = {};
