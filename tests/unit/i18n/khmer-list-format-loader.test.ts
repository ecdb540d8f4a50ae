import { afterEach, expect, it, vi } from 'vitest';
import { loadKhmerListFormat } from '../../../src/i18n/khmer-list-format';

// Its own file: the loader imports the polyfill and its Khmer data itself, in a fresh module graph.
const NATIVE = Intl.ListFormat;
const NAMES = ['កម្ពុជា', 'ជប៉ុន', 'អ៊ុយក្រែន'];

afterEach(() => {
  Object.defineProperty(Intl, 'ListFormat', { value: NATIVE, writable: true, configurable: true });
});

it('is installed by the Khmer loader only where the runtime lacks Khmer', async () => {
  // Node has full ICU: nothing to do, Intl.ListFormat stays the runtime's own.
  await loadKhmerListFormat();
  expect(Intl.ListFormat).toBe(NATIVE);

  vi.spyOn(NATIVE, 'supportedLocalesOf').mockImplementation((locales) =>
    Intl.getCanonicalLocales(locales as string[]).filter((locale) => !locale.startsWith('km')),
  );
  await loadKhmerListFormat();
  expect(Intl.ListFormat).not.toBe(NATIVE);
  expect(new Intl.ListFormat('km-KH-u-nu-khmr').format(NAMES)).toBe('កម្ពុជា, ជប៉ុន និង អ៊ុយក្រែន');
  expect(new Intl.ListFormat('en-GB').format(['A', 'B', 'C'])).toBe('A, B and C');
});
