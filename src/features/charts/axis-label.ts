const ELLIPSIS = '…';

/** A category name short enough for an axis; the full name stays in the tooltip and the table. */
export function shortenLabel(text: string, max = 22): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}${ELLIPSIS}`;
}

// Tick text is 12px; this is a generous average advance per character, so labels are not clipped.
const CHAR_WIDTH = 7;

/** Pixels an axis needs for its longest label. */
export function labelWidth(labels: readonly string[], padding = 24): number {
  const longest = labels.reduce((widest, label) => Math.max(widest, label.length), 0);
  return longest * CHAR_WIDTH + padding;
}
