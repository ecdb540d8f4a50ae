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
  const scanner = new RecordListScanner();
  scanner.feed(text);
  const spans = scanner.finish();
  return spans !== null && spans.length === expected * 2 ? Int32Array.from(spans) : null;
}

/**
 * The same reading, fed the text a piece at a time as it is decoded (a string, a key or an item may
 * be split between pieces); offsets count from the start of the whole text.
 */
export class RecordListScanner {
  /** Start and end of each item of the current `records` list, in turn. */
  private spans: number[] = [];
  private depth = 0;
  private inString = false;
  /** Inside a string: how many backslashes ended the last piece (they may escape a quote). */
  private backslashes = 0;
  // At depth 1: whether the next string is a key, the key being read and the last key read.
  private expectKey = false;
  private key: string | null = null;
  private lastKey = '';
  private inRecords = false;
  private itemStart = -1;
  /** Between a comma and the next item: a list may not end there. */
  private afterComma = false;
  private finished = false;
  private broken = false;
  /** Where the text fed so far ends. */
  private offset = 0;

  /** How much text has been fed. */
  get length(): number {
    return this.offset;
  }

  feed(piece: string): void {
    if (this.broken) return;
    const base = this.offset;
    this.offset += piece.length;
    let at = 0;
    const length = piece.length;
    while (at < length) {
      if (this.inString) {
        at = this.readString(piece, at);
        if (this.broken) return;
        continue;
      }
      const code = piece.charCodeAt(at);
      if (code === QUOTE) {
        this.startItem(base + at);
        this.itemEnd = null;
        this.inString = true;
        this.backslashes = 0;
        if (this.depth === 1 && this.expectKey) this.key = '';
        at += 1;
        continue;
      }
      this.readStructure(code, base + at);
      if (this.broken) return;
      at += 1;
    }
  }

  /** The spans of the last `records` list, or null when there was none or the text made no sense. */
  finish(): number[] | null {
    return this.broken || !this.finished || this.inString || this.depth !== 0 ? null : this.spans;
  }

  /** Reads string characters from `at`; returns where reading goes on (past the closing quote, or the piece's end). */
  private readString(piece: string, at: number): number {
    let from = at;
    for (;;) {
      const quote = piece.indexOf('"', from);
      const end = quote < 0 ? piece.length : quote;
      // A quote is escaped by an odd run of backslashes before it, which may begin in the last piece.
      let run = backslashesBefore(piece, end, at);
      if (run === end - at) run += this.backslashes;
      if (this.key !== null) {
        // A key written with escapes may read as "records" to JSON.parse: too rare to follow, so give up.
        if (piece.slice(at, end).includes('\\')) this.broken = true;
        this.key += piece.slice(at, end);
      }
      if (quote < 0) {
        this.backslashes = run;
        return piece.length;
      }
      this.backslashes = 0;
      if (run % 2 === 1) {
        if (this.key !== null) this.key += '"';
        at = quote + 1;
        from = quote + 1;
        continue;
      }
      if (this.key !== null) {
        this.lastKey = this.key;
        this.key = null;
      }
      this.inString = false;
      return quote + 1;
    }
  }

  private readStructure(code: number, position: number): void {
    switch (code) {
      case OPEN_BRACE:
      case OPEN_BRACKET:
        this.startItem(position);
        this.depth += 1;
        if (this.depth === 1) this.expectKey = code === OPEN_BRACE;
        if (this.depth === 2 && this.lastKey === 'records' && !this.expectKey && code === OPEN_BRACKET) {
          this.inRecords = true;
          this.spans = [];
          this.itemStart = -1;
          this.afterComma = false;
        }
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        if (this.inRecords && this.depth === 2) {
          // The end of the list itself.
          if (this.itemStart >= 0) this.endItem(position);
          else if (this.afterComma) this.broken = true;
          this.inRecords = false;
          this.finished = true;
        }
        this.depth -= 1;
        break;
      case COMMA:
        if (this.inRecords && this.depth === 2) {
          if (this.itemStart < 0) this.broken = true;
          else this.endItem(position);
          this.afterComma = true;
        }
        if (this.depth === 1) this.expectKey = true;
        break;
      case COLON:
        if (this.depth === 1) this.expectKey = false;
        break;
      default:
        // A number, true, false or null starts an item too; whitespace does not.
        if (!isWhitespace(code)) this.startItem(position);
        else if (this.inRecords && this.depth === 2 && this.itemStart >= 0) this.itemEnd ??= position;
    }
    if (!isWhitespace(code) && code !== COMMA) this.itemEnd = null;
  }

  /** Where trailing whitespace after the current item began (its end, if a separator follows). */
  private itemEnd: number | null = null;

  private startItem(position: number): void {
    if (this.inRecords && this.depth === 2 && this.itemStart < 0) {
      this.itemStart = position;
      this.afterComma = false;
    }
  }

  private endItem(separator: number): void {
    this.spans.push(this.itemStart, this.itemEnd ?? separator);
    this.itemStart = -1;
    this.itemEnd = null;
  }
}

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** How many backslashes stand right before `end`, not counting any before `start`. */
function backslashesBefore(text: string, end: number, start: number): number {
  let run = 0;
  while (end - 1 - run >= start && text.charCodeAt(end - 1 - run) === BACKSLASH) run += 1;
  return run;
}

const BACKSLASH = 0x5c;
const isWhitespace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
