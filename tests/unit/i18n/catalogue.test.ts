import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  CONFIDENCES,
  EVENT_KINDS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_STATUSES,
  RECORD_TYPES,
  ROLES,
  THEMES,
} from '../../../src/data/schema/vocabulary';
import { ROLE_GROUP_NAMES } from '../../../src/data/selectors/activity';
import { PARTY_ROLE_FILTER_NAMES } from '../../../src/data/selectors/party-role-filter';
import { CARD_KINDS, CARD_PROBLEMS } from '../../../src/embed/card-focus';
import { THEMES as EMBED_SCHEMES } from '../../../src/embed/embed-params';
import { EMBED_SIZES } from '../../../src/features/embed-dialog/embed-code';
import { RECORD_COLUMNS } from '../../../src/features/export/record-rows';
import { FORMATTING_LOCALES, type Language } from '../../../src/i18n/languages';
import { en, type Catalogue } from '../../../src/i18n/messages-en';
import { km } from '../../../src/i18n/messages-km';
import { uk } from '../../../src/i18n/messages-uk';
import { EXPLORE_TABS, TABLE_SORT_FIELDS } from '../../../src/view-state/view-state';

const translations: [Language, Catalogue][] = [
  ['km', km],
  ['uk', uk],
];
const englishKeys = Object.keys(en).sort();

/**
 * Keys the code builds from a value (t(`type.${record.type}`)), with every value it can build them
 * from. The test below fails when the code builds a family that is not listed here, so this list
 * cannot fall behind the code, and "unused" stays exact.
 */
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'type.': RECORD_TYPES,
  'theme.': THEMES,
  'confidence.': CONFIDENCES,
  'role.': ROLES,
  'partnershipKind.': PARTNERSHIP_KINDS,
  'partnershipStatus.': PARTNERSHIP_STATUSES,
  'eventKind.': EVENT_KINDS,
  'summary.count.': RECORD_TYPES,
  'explore.tab.': EXPLORE_TABS,
  'table.column.': TABLE_SORT_FIELDS,
  'export.column.': RECORD_COLUMNS,
  'embedDialog.size.': Object.keys(EMBED_SIZES),
  'embedDialog.scheme.': EMBED_SCHEMES,
  'charts.kind.': RECORD_TYPES,
  'charts.roleGroup.': ROLE_GROUP_NAMES,
  'filters.role.': PARTY_ROLE_FILTER_NAMES,
  // A card's heading and its problems (EmbedCard.tsx).
  'embed.card.': [...CARD_KINDS, ...CARD_PROBLEMS],
  // Local constants of ActorKindChoice.tsx and FundingCard.tsx.
  'charts.actorKind.': ['country', 'organisation'],
  'charts.funding.side.': ['donor', 'recipient'],
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/^messages-[a-z]+\.ts$/.test(name) ? [path] : [];
  });
}
const source = sourceFiles('src')
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

/** Argument names a message uses, with their kind ("count:plural", "name:argument"), from its parsed form. */
function argumentsOf(message: string, locale: string): string[] {
  const found = new Set<string>();
  interface Element {
    type: number;
    value?: unknown;
    options?: Record<string, { value: Element[] }>;
    children?: Element[];
  }
  // The parser's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag.
  const kinds: Record<number, string> = {
    1: 'argument',
    2: 'number',
    3: 'date',
    4: 'time',
    5: 'select',
    6: 'plural',
    8: 'tag',
  };
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      const kind = kinds[element.type];
      if (kind !== undefined) found.add(`${String(element.value)}:${kind}`);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      walk(element.children ?? []);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as Element[]);
  return [...found].sort();
}

/** The plural categories each plural in a message covers, e.g. [["one", "other"]]. */
function pluralCategories(message: string, locale: string): string[][] {
  const result: string[][] = [];
  const walk = (elements: { type: number; options?: Record<string, { value: unknown[] }> }[]) => {
    for (const element of elements) {
      if (element.type === 6 && element.options) result.push(Object.keys(element.options));
      for (const option of Object.values(element.options ?? {})) walk(option.value as never);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as never);
  return result;
}

describe('the message catalogues', () => {
  it.each(translations)(
    '%s has exactly the English keys, none missing and none extra',
    (_language, catalogue) => {
      expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
    },
  );

  it.each(translations)(
    '%s: every message parses and uses the same arguments as English',
    (language, catalogue) => {
      const locale = FORMATTING_LOCALES[language];
      const mismatches = englishKeys.flatMap((key) => {
        const message = catalogue[key as keyof Catalogue];
        let translated: string[];
        try {
          translated = argumentsOf(message, locale);
        } catch (error) {
          return [`${key}: does not parse (${String(error)})`];
        }
        const english = argumentsOf(en[key as keyof Catalogue], 'en-GB');
        return translated.join() === english.join()
          ? []
          : [
              `${key}: uses ${translated.join(', ') || 'nothing'}; English uses ${english.join(', ') || 'nothing'}`,
            ];
      });
      expect(mismatches).toEqual([]);
    },
  );

  // intl-messageformat falls back to "other" for a missing plural form, which reads wrong in
  // Ukrainian (1 / 2-4 / 5+ take different endings). Untranslated copies of English are left out:
  // only a message a translator wrote has to cover the language's forms, and only where it picks
  // forms by category at all.
  it.each(translations)(
    '%s: every translated plural covers the forms the language has',
    (language, catalogue) => {
      const locale = FORMATTING_LOCALES[language];
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const gaps = englishKeys.flatMap((key) => {
        const message = catalogue[key as keyof Catalogue];
        if (message === en[key as keyof Catalogue]) return [];
        return pluralCategories(message, locale).flatMap((covered) => {
          // Only exact branches (=0, =1) and "other": a deliberate choice that needs no grammatical forms.
          if (covered.every((category) => category === 'other' || category.startsWith('='))) return [];
          const missing = needed.filter((category) => !covered.includes(category));
          return missing.length > 0 ? [`${key}: no ${missing.join(', ')}`] : [];
        });
      });
      expect(gaps).toEqual([]);
    },
  );

  it('lists every key family the code builds from values', () => {
    const built = new Set(
      [...source.matchAll(/`([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((match) => match[1]!),
    );
    expect([...built].sort()).toEqual(Object.keys(DYNAMIC_KEYS).sort());
    const builtKeys = Object.entries(DYNAMIC_KEYS).flatMap(([prefix, values]) =>
      values.map((v) => prefix + v),
    );
    expect(builtKeys.filter((key) => !(key in en))).toEqual([]);
  });

  it('has no key the interface never uses', () => {
    const built = new Set(
      Object.entries(DYNAMIC_KEYS).flatMap(([prefix, values]) => values.map((v) => prefix + v)),
    );
    const quoted = (key: string) =>
      ["'", '"', '`'].some((quote) => source.includes(`${quote}${key}${quote}`));
    expect(englishKeys.filter((key) => !built.has(key) && !quoted(key))).toEqual([]);
  });
});
