import { LANGUAGES, type Language } from '../data/schema/vocabulary';

export { LANGUAGES, type Language };

/** The dataset's main names and the first catalogue are English: the language when nothing else is known. */
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * Each language in its own name. These are the one set of words not taken from the catalogue:
 * a reader who cannot read the current language must still recognise their own.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  km: 'ខ្មែរ',
  uk: 'Українська',
};

/**
 * The conventions for dates and numbers that go with each language. The field's English is
 * international (UN, Landmine Monitor), so "3 April 2024"; Khmer readers expect Khmer digits,
 * which Intl gives only when asked for the "khmr" numbering system.
 */
export const FORMATTING_LOCALES: Record<Language, string> = {
  en: 'en-GB',
  km: 'km-KH-u-nu-khmr',
  uk: 'uk-UA',
};

/**
 * What Intl is asked for, best first. Desktop Chrome has no Khmer locale data and falls back to
 * its default locale, dropping the Khmer digits with it; the second entry keeps Khmer digits in
 * that fallback (month names are then put into Khmer by khmer-months.ts).
 */
export const INTL_LOCALES: Record<Language, readonly string[]> = {
  en: ['en-GB'],
  km: ['km-KH-u-nu-khmr', 'en-GB-u-nu-khmr'],
  uk: ['uk-UA'],
};

/** Writing direction per language; all three are left to right today, but `dir` follows this table. */
export const TEXT_DIRECTIONS: Record<Language, 'ltr' | 'rtl'> = { en: 'ltr', km: 'ltr', uk: 'ltr' };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the reader's preferred languages (navigator.languages, most preferred first) that
 * the dashboard speaks, matched by primary subtag ("uk-UA" -> uk, "km" -> km); null if none is.
 */
export function browserLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isLanguage(primary)) return primary;
  }
  return null;
}

/** The language to show: the one the URL asks for, else the browser's, else English. */
export function chooseLanguage(fromUrl: Language | null, preferred: readonly string[]): Language {
  return fromUrl ?? browserLanguage(preferred) ?? DEFAULT_LANGUAGE;
}

/** navigator.languages where there is a navigator; an empty list elsewhere (server-side tools). */
export function readerPreferences(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
