// Chromium's Intl has no Khmer list patterns: new Intl.ListFormat('km') joins with an English
// "and" ("ក, ខ, and គ"). FormatJS publishes CLDR's patterns as a polyfill; this module is loaded
// only with the Khmer catalogue (catalogues.ts), so English and Ukrainian readers never download it.

type ListFormatClass = typeof Intl.ListFormat;

/** The list-format locales the polyfill answers for, when the runtime lacks them. */
const POLYFILLED = ['km'];

/**
 * An Intl.ListFormat that answers from `polyfill` for the locales in `languages` and from `native`
 * for every other one. Only the first requested locale decides, as Intl's own lookup would:
 * `["km-KH-u-nu-khmr", "en-GB"]` is Khmer, `"en-GB"` stays the browser's own.
 */
export function listFormatFor(
  native: ListFormatClass,
  polyfill: ListFormatClass,
  languages: readonly string[],
): ListFormatClass {
  const usesPolyfill = (locales: string | readonly string[] | undefined) => {
    const requested = Intl.getCanonicalLocales(locales as string | string[] | undefined);
    const first = requested[0];
    if (first === undefined) return false;
    return languages.includes(new Intl.Locale(first).language);
  };
  function ListFormat(
    this: unknown,
    locales?: string | readonly string[],
    options?: Intl.ListFormatOptions,
  ): Intl.ListFormat {
    if (new.target === undefined) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
    const chosen = usesPolyfill(locales) ? polyfill : native;
    return new chosen(locales as string | string[] | undefined, options);
  }
  ListFormat.prototype = native.prototype;
  ListFormat.supportedLocalesOf = (locales: string | readonly string[], options?: unknown) => [
    ...new Set([
      ...native.supportedLocalesOf(locales as string | string[], options as never),
      ...polyfill.supportedLocalesOf(locales as string | string[], options as never),
    ]),
  ];
  return ListFormat as unknown as ListFormatClass;
}

/** True when the runtime's own Intl.ListFormat has CLDR data for the language. */
export function hasNativeListFormat(language: string): boolean {
  try {
    return Intl.ListFormat.supportedLocalesOf([language]).length > 0;
  } catch {
    return false;
  }
}

interface LocaleDataEntry {
  data: unknown;
  locale: string;
}

/**
 * Installs Khmer list patterns where the runtime lacks them, leaving other languages to the
 * runtime. Safe to call more than once.
 */
export async function loadKhmerListFormat(): Promise<void> {
  if (hasNativeListFormat('km')) return;
  const { default: Polyfill } = await import('@formatjs/intl-listformat');
  // The locale-data file registers itself with a global Intl.ListFormat that has __addLocaleData;
  // ours is the browser's, so the file queues the data on globalThis, and it is added here instead.
  await import('@formatjs/intl-listformat/locale-data/km.js');
  const queue = globalThis as { __FORMATJS_LISTFORMAT_DATA__?: LocaleDataEntry[] };
  const queued = queue.__FORMATJS_LISTFORMAT_DATA__ ?? [];
  delete queue.__FORMATJS_LISTFORMAT_DATA__;
  (Polyfill as unknown as { __addLocaleData: (...data: LocaleDataEntry[]) => void }).__addLocaleData(
    ...queued,
  );
  if (!hasNativeListFormat('km')) {
    Object.defineProperty(Intl, 'ListFormat', {
      value: listFormatFor(Intl.ListFormat, Polyfill as unknown as ListFormatClass, POLYFILLED),
      writable: true,
      configurable: true,
    });
  }
}
