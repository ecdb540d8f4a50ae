// An average glyph is about half an em wide in the sans-serif fonts the app uses; a little more
// keeps a line from running past the edge when it happens to hold wide letters.
const AVERAGE_GLYPH_WIDTH = 0.56;

/** About how wide a text is drawn at a font size, for laying out a file that has no layout engine. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH_WIDTH;
}

/**
 * Breaks text into lines that fit a width at a font size, at spaces. An SVG <text> never wraps by
 * itself, and a file has no layout engine to measure with, so the width is estimated.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(10, Math.floor(maxWidth / (fontSize * AVERAGE_GLYPH_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
