import { addCountryNames } from '../data/selectors/loaded-country-names';
import type { Language } from './languages';
import { en, type Catalogue } from './messages-en';
import { createTranslator, type Translator } from './translator';

// English is in the main bundle; the others are separate chunks, so an English reader never
// downloads them. Each loader is a literal import() so the bundler can see and split it.
const loaders: Record<Language, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(en),
  km: () => import('./messages-km').then((module) => module.km),
  uk: () => import('./messages-uk').then((module) => module.uk),
};

// What a language needs besides its words before it is shown. Khmer needs its font (see
// khmer-font.ts), country names and list patterns ("A, B និង C"): Chromium's Intl has neither for
// Khmer, so CLDR's come along (khmer-list-format.ts loads its polyfill only where Intl lacks Khmer).
const extras: Partial<Record<Language, () => Promise<void>>> = {
  km: () =>
    Promise.all([
      import('./khmer-font').then((module) => module.loadKhmerFont()),
      import('./khmer-list-format').then((module) => module.loadKhmerListFormat()),
      import('i18n-iso-countries/langs/km.json').then((khmer) => addCountryNames('km', khmer.countries)),
    ]).then(() => undefined),
};

const ready = new Map<Language, Translator>([['en', createTranslator('en', en)]]);
const pending = new Map<Language, Promise<Translator>>();

/** The translator for a language if it is already loaded (always for English); null otherwise. */
export function loadedTranslator(language: Language): Translator | null {
  return ready.get(language) ?? null;
}

/** Loads a language's catalogue (and font) once; later calls share the same promise. */
export function loadTranslator(language: Language): Promise<Translator> {
  const known = ready.get(language);
  if (known) return Promise.resolve(known);
  let loading = pending.get(language);
  if (!loading) {
    loading = Promise.all([loaders[language](), extras[language]?.()]).then(([catalogue]) => {
      const translator = createTranslator(language, catalogue);
      ready.set(language, translator);
      return translator;
    });
    // A failed chunk (offline, a deployment swapped underneath) may load on a later attempt.
    loading.catch(() => pending.delete(language));
    pending.set(language, loading);
  }
  return loading;
}
