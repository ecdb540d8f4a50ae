import { createContext, useContext } from 'react';
import { createTranslator, type Translator } from './translator';

export const I18nContext = createContext<Translator>(createTranslator('en'));

/** The current language's translator: `const { t, formatNumber } = useI18n()`. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
