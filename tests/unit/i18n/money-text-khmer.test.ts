import { describe, expect, it } from 'vitest';
import { INTL_LOCALES } from '../../../src/i18n/languages';
import { km } from '../../../src/i18n/messages-km';
import { moneyText } from '../../../src/i18n/money-text';
import { createTranslator } from '../../../src/i18n/translator';

const khmer = createTranslator('km', km);
const LATIN_DIGIT = /[0-9]/;
const KHMER_DIGIT = /[០-៩]/;

describe('money in Khmer', () => {
  it('writes the amount in Khmer digits with its currency, never in Latin digits', () => {
    const text = moneyText(khmer, { currency: 'USD', min: 70_000_000, max: 70_000_000 });
    expect(text).toMatch(KHMER_DIGIT);
    expect(text).not.toMatch(LATIN_DIGIT);
    expect(text).toContain('$');
    expect(text).toContain('៧០');
  });

  it('says "at least" in Khmer, on the amount itself', () => {
    const text = moneyText(khmer, { currency: 'USD', min: 70_000_000, max: 70_000_000, atLeast: true });
    expect(text.startsWith('យ៉ាងហោចណាស់ ')).toBe(true);
    expect(text).not.toMatch(LATIN_DIGIT);
    expect(moneyText(khmer, { currency: 'EUR', min: 12e6, max: 12e6, about: true })).toMatch(/^ប្រហែល /);
  });

  it('shortens large sums for bars and ticks in Khmer digits, 6.1 billion reading ៦ and ១', () => {
    const text = moneyText(khmer, { currency: 'USD', min: 6.1e9, max: 6.1e9 }, { compact: true });
    expect(text).not.toMatch(LATIN_DIGIT);
    expect(text).toMatch(/៦[.,]១/);
    expect(text).toContain('$');
  });

  it('reads "US$៦.១bn" where the browser has no Khmer number data (desktop Chromium)', () => {
    // The second locale Intl is asked for is the one such a browser falls back to: English
    // patterns, Khmer digits. What a Khmer reader in desktop Chrome sees on a bar label.
    const fallback = new Intl.NumberFormat(INTL_LOCALES.km.slice(1), {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    expect(fallback.format(6.1e9)).toBe('US$៦.១bn');
  });

  it('gives a disputed range in Khmer digits on both ends', () => {
    const text = moneyText(khmer, { currency: 'USD', min: 100_000, max: 120_000 });
    expect(text).toMatch(/^[^0-9]*១០០[^0-9]*–[^0-9]*១២០[^0-9]*$/);
  });
});
