import ListFormatPolyfill from '@formatjs/intl-listformat';
import '@formatjs/intl-listformat/locale-data/km.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFormatFor } from '../../../src/i18n/khmer-list-format';

const NATIVE = Intl.ListFormat;
const NAMES = ['កម្ពុជា', 'ជប៉ុន', 'អ៊ុយក្រែន'];

// Node's Intl.ListFormat has no __addLocaleData, so the locale-data file queued its patterns.
beforeAll(() => {
  const queue = globalThis as { __FORMATJS_LISTFORMAT_DATA__?: unknown[] };
  (ListFormatPolyfill as unknown as { __addLocaleData: (...data: unknown[]) => void }).__addLocaleData(
    ...(queue.__FORMATJS_LISTFORMAT_DATA__ ?? []),
  );
  delete queue.__FORMATJS_LISTFORMAT_DATA__;
});

/** Stands for a browser without Khmer list data (desktop Chromium): Khmer falls back to English. */
function chromiumLikeListFormat(): typeof Intl.ListFormat {
  const WithoutKhmer = function (locales?: string | string[], options?: Intl.ListFormatOptions) {
    const asked = Intl.getCanonicalLocales(locales)[0] ?? 'en';
    return new NATIVE(asked.startsWith('km') ? 'en-US' : asked, options);
  } as unknown as typeof Intl.ListFormat;
  WithoutKhmer.supportedLocalesOf = (locales) =>
    NATIVE.supportedLocalesOf(locales).filter((locale) => !locale.startsWith('km'));
  return WithoutKhmer;
}

describe('Khmer lists', () => {
  it('a runtime without Khmer data joins a Khmer list with an English "and" (the bug)', () => {
    expect(new (chromiumLikeListFormat())('km-KH-u-nu-khmr').format(NAMES)).toContain(' and ');
  });

  it('are joined with "និង" once the polyfill answers for Khmer', () => {
    const ListFormat = listFormatFor(
      chromiumLikeListFormat(),
      ListFormatPolyfill as unknown as typeof Intl.ListFormat,
      ['km'],
    );
    expect(new ListFormat('km-KH-u-nu-khmr', { type: 'conjunction' }).format(NAMES)).toBe(
      'កម្ពុជា, ជប៉ុន និង អ៊ុយក្រែន',
    );
    expect(new ListFormat(['km-KH-u-nu-khmr', 'en-GB-u-nu-khmr']).format(NAMES)).not.toContain('and');
    expect(ListFormat.supportedLocalesOf(['km'])).toEqual(['km']);
  });

  it('leave English and Ukrainian to the browser', () => {
    const ListFormat = listFormatFor(NATIVE, ListFormatPolyfill as unknown as typeof Intl.ListFormat, ['km']);
    const english = new ListFormat('en-GB', { type: 'conjunction' });
    expect(english).toBeInstanceOf(NATIVE);
    expect(english.format(['Cambodia', 'Japan', 'Ukraine'])).toBe('Cambodia, Japan and Ukraine');
    expect(new ListFormat('uk-UA').format(['Камбоджа', 'Японія', 'Україна'])).toBe(
      'Камбоджа, Японія і Україна',
    );
  });
});
