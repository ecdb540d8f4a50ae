import { graphemeCount, takeGraphemes } from '../../i18n/graphemes';

const ELLIPSIS = '…';

/**
 * A category name short enough for an axis; the full name stays in the tooltip and the table.
 * Counted and cut by grapheme, so a Khmer cluster or an accented letter is never split in two.
 */
export function shortenLabel(text: string, max = 22): string {
  if (graphemeCount(text) <= max) return text;
  return `${takeGraphemes(text, max - 1).trimEnd()}${ELLIPSIS}`;
}

// Tick text is 12px; this is a generous average advance per character, so labels are not clipped.
const CHAR_WIDTH = 7;

/**
 * Pixels an axis needs for its longest label. Counted in UTF-16 units on purpose: a Khmer cluster
 * is several units but about one wide glyph and a half, so the count errs on the generous side.
 */
export function labelWidth(labels: readonly string[], padding = 24): number {
  const longest = labels.reduce((widest, label) => Math.max(widest, label.length), 0);
  return longest * CHAR_WIDTH + padding;
}
