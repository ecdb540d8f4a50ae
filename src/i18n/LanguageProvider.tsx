import { useEffect, useState, type ReactNode } from 'react';
import { loadedTranslator, loadTranslator } from './catalogues';
import { I18nContext } from './i18n-context';
import { LANGUAGE_NAMES, TEXT_DIRECTIONS, type Language } from './languages';
import type { Translator } from './translator';

interface LanguageProviderProps {
  /** The language to show, already chosen (URL, then browser, then English). */
  language: Language;
  children: ReactNode;
}

/**
 * Provides the translator for `language`, loading its catalogue first. Until the first one is
 * there nothing with words renders (no flash of English); on a switch the page stays in the old
 * language until the new one has loaded. If a catalogue cannot load, English is shown with a notice.
 */
export function LanguageProvider({ language, children }: LanguageProviderProps) {
  const [translator, setTranslator] = useState<Translator | null>(() => loadedTranslator(language));
  const [failed, setFailed] = useState<Language | null>(null);

  useEffect(() => {
    let current = true;
    loadTranslator(language).then(
      (loaded) => {
        if (!current) return;
        setTranslator(loaded);
        setFailed(null);
      },
      () => {
        if (!current) return;
        setTranslator(loadedTranslator('en'));
        setFailed(language);
      },
    );
    return () => {
      current = false;
    };
  }, [language]);

  const shown = translator?.language;
  useEffect(() => {
    if (shown === undefined) return;
    document.documentElement.lang = shown;
    document.documentElement.dir = TEXT_DIRECTIONS[shown];
  }, [shown]);

  if (!translator) return <div className="language-loading" aria-busy="true" />;
  return (
    <I18nContext value={translator}>
      {failed !== null && (
        <p className="language-failed" role="alert">
          {translator.t('language.loadFailed', { language: LANGUAGE_NAMES[failed] })}
        </p>
      )}
      {children}
    </I18nContext>
  );
}
