import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';
import { serializeViewState } from '../view-state/url-codec';
import { useViewState } from '../view-state/use-view-state';

/**
 * The languages as links, each in its own name and marked with its `lang` (so screen readers
 * pronounce it and Khmer gets its font). Links, not buttons: the choice lives in the URL, so
 * it can be opened in a new tab or copied, and the current view is kept.
 */
export function LanguageSwitcher() {
  const { t, language: shown } = useI18n();
  const { state, update } = useViewState();
  const choose = (language: Language) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    update((current) => ({ ...current, language }));
  };
  return (
    <nav className="language-switcher" aria-label={t('language.switcher.label')}>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={serializeViewState({ ...state, language }) || '?'}
              lang={language}
              hrefLang={language}
              aria-current={language === shown ? 'true' : undefined}
              onClick={choose(language)}
            >
              {LANGUAGE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
