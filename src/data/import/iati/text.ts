// Small text helpers for the IATI mapping: ids from identifiers, the English narrative, tidy text.
import type { Narrative } from './iati-activity';

const MAX_ID_LENGTH = 80;

/** A short stable hash (FNV-1a, 32 bits, base 36): the same identifier always gives the same id. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * An id for our dataset from any text: lower case, runs of other characters as one hyphen, trimmed;
 * over 80 characters it is cut and ends with a hash of the whole text, so long ids stay distinct.
 */
export function slugId(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const hash = shortHash(text);
  return `${slug.slice(0, MAX_ID_LENGTH - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/** `base` + `-` + `suffix` as an id, kept within the length limit. */
export function childId(base: string, suffix: string): string {
  const id = `${base}-${suffix}`;
  if (id.length <= MAX_ID_LENGTH) return id;
  return `${base.slice(0, MAX_ID_LENGTH - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
}

/** One-line text: whitespace runs (newlines too) as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraph text: spaces tidied, line breaks kept, no blank-line runs. */
export function paragraphs(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/**
 * The narrative to show: English (xml:lang "en" in any case) first, then one without a language
 * when the activity's own language is English or unknown, then the first.
 */
export function pickNarrative(narratives: Narrative[], activityLang?: string): string | undefined {
  const english = narratives.find((n) => n.lang?.toLowerCase() === 'en');
  if (english) return english.text;
  const activityIsEnglish = activityLang === undefined || activityLang.toLowerCase() === 'en';
  const unmarked = narratives.find((n) => n.lang === undefined);
  if (unmarked && activityIsEnglish) return unmarked.text;
  return narratives[0]?.text;
}

// UTF-8 read as Latin-1/Windows-1252: "Ã©" for "é", "Ã¨" for "è", "â€™" for "’".
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf]|â€/;

/** Repairs text that was decoded twice (UTF-8 bytes read as Latin-1); null when there is nothing to repair. */
export function repairMojibake(text: string): string | null {
  if (!MOJIBAKE.test(text)) return null;
  // Map each character back to a byte (Windows-1252 for the 0x80-0x9f range) and decode as UTF-8.
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const byte = code <= 0xff ? code : WINDOWS_1252_BYTES.get(code);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return repaired === text ? null : repaired;
  } catch {
    // Not a clean double decoding: leave the text as it is rather than guess.
    return null;
  }
}

// The characters Windows-1252 puts at 0x80-0x9f, back to their bytes.
const WINDOWS_1252_BYTES: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);
