import { takeGraphemes } from '../i18n/graphemes';

// Shared by the Embed dialog (which writes a title) and the embed page (which reads one back).

/** Long enough for "Ukraine's partners in mine action, 2020-2025"; short enough to stay one heading. */
export const TITLE_MAX_LENGTH = 120;

/**
 * A title as the embed shows it: on one line (line breaks and runs of spaces become one space), cut
 * to TITLE_MAX_LENGTH characters on whole graphemes, so neither an emoji nor a Khmer cluster is
 * halved. Empty: no title.
 */
export function cleanTitle(raw: string): string | null {
  const title = takeGraphemes(raw.replace(/\s+/g, ' ').trim(), TITLE_MAX_LENGTH).trim();
  return title === '' ? null : title;
}
