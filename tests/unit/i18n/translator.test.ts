import { describe, expect, it } from 'vitest';
import { loadedTranslator, loadTranslator } from '../../../src/i18n/catalogues';
import { withKhmerMonths } from '../../../src/i18n/khmer-months';
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from '../../../src/i18n/messages-en';
import { createTranslator } from '../../../src/i18n/translator';

const KHMER_DIGITS = /^[០-៩]+$/;

describe('formatting for each language', () => {
  const khmer = createTranslator('km');
  const ukrainian = createTranslator('uk');
  const english = createTranslator('en');

  it('writes numbers in Khmer digits for Khmer readers', () => {
    expect(khmer.formatNumber(2024)).toBe('២.០២៤');
    expect(khmer.formatNumber(15)).toMatch(KHMER_DIGITS);
    expect(khmer.formatNumber(15)).toBe('១៥');
  });

  it('writes dates with Khmer month names and Khmer digits', () => {
    expect(khmer.formatPartialDate('2024-04-03')).toBe('៣ មេសា ២០២៤');
    expect(khmer.formatPartialDate('2024')).toBe('២០២៤');
  });

  it('puts the count of a Khmer plural (#) in Khmer digits too', () => {
    // Any message with a plural will do: the words are English until the Khmer catalogue lands, the digits are not.
    expect(khmer.t('summary.count.event', { count: 12 })).toMatch(/^១២\D/);
  });

  it('writes Ukrainian dates and numbers the Ukrainian way', () => {
    expect(ukrainian.formatPartialDate('2024-04-03')).toBe('3 квітня 2024 р.');
    expect(ukrainian.formatPartialDate('2024-11')).toMatch(/^листопад 2024/);
    expect(ukrainian.formatNumber(12345)).toBe('12\u00a0345');
  });

  it('keeps English dates in international order', () => {
    expect(english.formatPartialDate('2024-04-03')).toBe('3 April 2024');
    expect(english.formatNumber(12345)).toBe('12,345');
  });
});

describe('printing messages', () => {
  it('prints every message without arguments exactly as ICU would', () => {
    const english = createTranslator('en');
    const plain = Object.entries(en).filter(([, message]) => !message.includes('{'));
    expect(plain.length).toBeGreaterThan(100);
    for (const [key, message] of plain) {
      expect(english.t(key as keyof typeof en)).toBe(
        String(new IntlMessageFormat(message, 'en-GB').format()),
      );
    }
  });

  it('still reads ICU quoting and tags in messages without arguments', () => {
    const translator = createTranslator('en', {
      ...en,
      'app.name': "The reader''s '{'view'}'",
      'app.footer.licence': 'Licence',
    });
    expect(translator.t('app.name')).toBe("The reader's {view}");
    expect(translator.t('app.footer.licence')).toBe('Licence');
  });
});

describe('loading a catalogue', () => {
  it('has English at once, and another language only after loading it', async () => {
    expect(loadedTranslator('en')?.language).toBe('en');
    expect(loadedTranslator('uk')).toBeNull();
    const loaded = await loadTranslator('uk');
    expect(loaded.language).toBe('uk');
    expect(loaded.locale).toBe('uk-UA');
    expect(loadedTranslator('uk')).toBe(loaded);
  });
});

describe('Khmer dates where the browser has no Khmer locale data', () => {
  it('puts the month into Khmer exactly as CLDR’s own Khmer format does', () => {
    const date = new Date(Date.UTC(2024, 3, 3));
    const options = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;
    // What desktop Chrome falls back to: British English order and Khmer digits.
    const fallback = new Intl.DateTimeFormat('en-GB-u-nu-khmr', options);
    expect(withKhmerMonths(fallback.formatToParts(date))).toBe('៣ មេសា ២០២៤');
    expect(withKhmerMonths(fallback.formatToParts(date))).toBe(
      new Intl.DateTimeFormat('km-KH-u-nu-khmr', options).format(date),
    );
  });

  it('does so in ranges too', () => {
    const fallback = new Intl.DateTimeFormat('en-GB-u-nu-khmr', {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    const parts = fallback.formatRangeToParts(new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2023, 2, 1)));
    expect(withKhmerMonths(parts)).toMatch(/^មករា\s*–\s*មីនា ២០២៣$/);
  });
});
