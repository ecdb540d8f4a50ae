// Country names and codes for the importers. i18n-iso-countries is CommonJS: Node's ESM loader
// sees only its default export.
import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

isoCountries.registerLocale(english);

// Spellings the FTS uses that the ISO English names and their aliases do not cover. Keys are
// lower case: the first is in the real FTS file; the others are UN spellings the aliases miss.
const FTS_SPELLINGS: Readonly<Record<string, string>> = {
  'occupied palestinian territory': 'PSE',
  'viet nam': 'VNM',
  'iran, islamic republic of': 'IRN',
  'bolivia, plurinational state of': 'BOL',
  'venezuela, bolivarian republic of': 'VEN',
};

/** The ISO 3166-1 alpha-3 code for a country name as the FTS or ISO spells it; undefined if unknown. */
export function iso3FromName(name: string): string | undefined {
  const trimmed = name.trim();
  return FTS_SPELLINGS[trimmed.toLowerCase()] ?? isoCountries.getAlpha3Code(trimmed, 'en');
}

/** The English name of an ISO 3166-1 alpha-3 code; undefined for a code ISO does not have. */
export function countryNameOf(iso3: string): string | undefined {
  return isoCountries.getName(iso3, 'en');
}

/** Every ISO 3166-1 alpha-3 code the package knows. */
export function allIso3Codes(): string[] {
  return Object.keys(isoCountries.getAlpha3Codes());
}

let namePatterns: { iso3: string; pattern: RegExp }[] | undefined;

/**
 * The one country whose English name (or an ISO alias) a text names as whole words, e.g. "Ministry
 * of Foreign Affairs of The Netherlands" -> NLD; undefined when it names none or several. Used only
 * for governments whose identifier gives no home country (XM-DAC-7 is the Netherlands' DAC code).
 */
export function countryNamedIn(text: string): string | undefined {
  namePatterns ??= [
    ...Object.entries(isoCountries.getNames('en', { select: 'all' })).flatMap(([alpha2, names]) => {
      const iso3 = isoCountries.alpha2ToAlpha3(alpha2);
      return iso3 === undefined ? [] : names.map((name) => [name, iso3] as const);
    }),
    ...Object.entries(FTS_SPELLINGS),
  ]
    .filter(([name]) => name.length > 3)
    .map(([name, iso3]) => ({ iso3, pattern: new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i') }));
  const found = new Set(namePatterns.filter(({ pattern }) => pattern.test(text)).map(({ iso3 }) => iso3));
  return found.size === 1 ? [...found][0] : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
