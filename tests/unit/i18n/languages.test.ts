import { describe, expect, it } from 'vitest';
import { browserLanguage, chooseLanguage } from '../../../src/i18n/languages';

describe('choosing the language', () => {
  it('takes the language the URL asks for over the browser’s', () => {
    expect(chooseLanguage('km', ['uk-UA', 'en'])).toBe('km');
    expect(chooseLanguage('en', ['km-KH'])).toBe('en');
  });

  it('without one in the URL, takes the first browser language it speaks, by primary subtag', () => {
    expect(chooseLanguage(null, ['uk-UA', 'en-GB'])).toBe('uk');
    expect(chooseLanguage(null, ['fr-FR', 'km', 'uk'])).toBe('km');
    expect(chooseLanguage(null, ['de-CH', 'en-US', 'uk'])).toBe('en');
  });

  it('does not mistake a longer subtag for one it speaks', () => {
    // "ukr" is not a BCP 47 primary subtag for Ukrainian, and "kmr" is Kurmanji Kurdish, not Khmer.
    expect(browserLanguage(['kmr', 'ukr'])).toBeNull();
  });

  it('falls back to English when nothing matches or the browser says nothing', () => {
    expect(chooseLanguage(null, ['fr-FR', 'de'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });

  it('reads tags in any case', () => {
    expect(browserLanguage(['UK-ua'])).toBe('uk');
  });
});
