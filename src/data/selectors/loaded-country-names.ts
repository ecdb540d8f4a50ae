// Country names per language from CLDR's data (i18n-iso-countries), loaded with the language where
// the browser's Intl has none: desktop Chrome has no Khmer region names (src/i18n/catalogues.ts
// loads them; names.ts reads them). Its own module, with no imports, so the first paint carries no
// country tables.

type NamesByAlpha2 = Readonly<Record<string, string | readonly string[]>>;

const loaded = new Map<string, NamesByAlpha2>();

/** Makes a language's country names (ISO alpha-2 -> name, or several names with the usual one first) available. */
export function addCountryNames(language: string, names: NamesByAlpha2): void {
  loaded.set(language, names);
}

/** A country's loaded name in a language, by ISO alpha-2 code; undefined where none was loaded. */
export function loadedCountryName(language: string, alpha2: string): string | undefined {
  const name = loaded.get(language)?.[alpha2];
  return typeof name === 'string' ? name : name?.[0];
}
