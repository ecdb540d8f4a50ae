/**
 * Where each item of a dataset's `records` list lies in the file's text: item i is
 * `text.slice(spans[2 * i], spans[2 * i + 1])`. The worker sends the page each batch of records as
 * that slice of the text, which the page parses, instead of structured-cloning the parsed objects:
 * at 100k records cloning them took the worker about as long as checking them (docs/performance.md).
 *
 * Only for text that JSON.parse has already accepted: this reads structure, it does not check it.
 * Null when the document is not an object with a `records` list of as many items as `expected`,
 * so the caller can fall back to sending objects. Like JSON.parse, a repeated key counts last.
 */
export function recordSpans(text: string, expected: number): Int32Array | null {
  const spans = new Int32Array(expected * 2);
  let found: number | null = null;
  let depth = 0;
  // At depth 1: whether the next string is a key, and whether the value being read is `records`'.
  let expectKey = false;
  let lastKey = '';
  let inRecords = false;
  let count = 0;
  let itemStart = -1;
  let at = 0;
  const length = text.length;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (depth === 1 && expectKey) lastKey = text.slice(at + 1, end);
      if (inRecords && depth === 2 && itemStart < 0) itemStart = at;
      at = end + 1;
      continue;
    }
    switch (code) {
      case OPEN_BRACE:
      case OPEN_BRACKET:
        if (inRecords && depth === 2 && itemStart < 0) itemStart = at;
        depth += 1;
        if (depth === 1) expectKey = code === OPEN_BRACE;
        if (depth === 2 && lastKey === 'records' && !expectKey && code === OPEN_BRACKET) {
          inRecords = true;
          count = 0;
          itemStart = -1;
        }
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        if (inRecords && depth === 2) {
          // The end of the list itself.
          if (itemStart >= 0) {
            closeItem(spans, count, itemStart, trimmedEnd(text, at));
            count += 1;
          }
          inRecords = false;
          found = count;
          itemStart = -1;
        }
        depth -= 1;
        break;
      case COMMA:
        if (inRecords && depth === 2) {
          if (itemStart < 0) return null;
          closeItem(spans, count, itemStart, trimmedEnd(text, at));
          count += 1;
          itemStart = -1;
        }
        if (depth === 1) expectKey = true;
        break;
      case COLON:
        if (depth === 1) expectKey = false;
        break;
      default:
        // A number, true, false or null starts an item too; whitespace does not.
        if (inRecords && depth === 2 && itemStart < 0 && !isWhitespace(code)) itemStart = at;
    }
    at += 1;
  }
  return found === expected ? spans : null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isWhitespace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** The position of the quote that closes the string opening at `start`, skipping escaped quotes. */
function stringEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return at;
  }
}

/** Where an item ends: just after its last character before the separator at `at`. */
function trimmedEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

/** Notes item `count`'s span; a list longer than expected is counted on but not noted. */
function closeItem(spans: Int32Array, count: number, start: number, end: number): void {
  if (2 * count + 1 >= spans.length) return;
  spans[2 * count] = start;
  spans[2 * count + 1] = end;
}
