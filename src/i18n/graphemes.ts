// What a reader counts as one character: a Khmer consonant with its subscript and vowel signs
// ("ខ្មែ"), an emoji with its modifiers, a letter with a combining accent. Cutting text by UTF-16
// unit (String.slice) or even by code point can split one of them and leave a stray sign or a
// dotted circle on screen. Intl.Segmenter is in every browser we support and in Node 20.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The text's user-perceived characters, in order. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** How many user-perceived characters the text has ("ខ្មែរ" is 2, not 5). */
export function graphemeCount(text: string): number {
  let count = 0;
  const parts = segmenter.segment(text)[Symbol.iterator]();
  while (!parts.next().done) count += 1;
  return count;
}

/** The first `max` user-perceived characters of the text (all of it if it is shorter). */
export function takeGraphemes(text: string, max: number): string {
  if (max <= 0) return '';
  let taken = '';
  let count = 0;
  for (const part of segmenter.segment(text)) {
    if (count === max) break;
    taken += part.segment;
    count += 1;
  }
  return taken;
}
