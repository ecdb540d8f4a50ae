import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { parsePartialDate, type PartialDateParts } from '../data/schema/partial-date';
import { hasKhmerDates, withKhmerMonths } from './khmer-months';
import { periodEnds } from './period-ends';
import { DEFAULT_LANGUAGE, FORMATTING_LOCALES, INTL_LOCALES, type Language } from './languages';
import { en, type Catalogue, type MessageKey } from './messages-en';

export type MessageValues = Record<string, PrimitiveType>;

/** Everything a component needs to put words, numbers and dates on screen in one language. */
export interface Translator {
  /** The language of the words ("en"). */
  language: Language;
  /** The locale dates and numbers are formatted for ("en-GB", "km-KH-u-nu-khmr"). */
  locale: string;
  t: (key: MessageKey, values?: MessageValues) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatCurrency: (value: number, currency: string) => string;
  /** "2024" -> "2024", "2024-11" -> "November 2024", "2024-04-03" -> "3 April 2024" (per locale). */
  formatPartialDate: (text: string) => string;
  /**
   * A period, shortened where the locale can ("16–20 January 2023"); a single date when there is no
   * end; no end more precise than the other allows ("2023 – June 2023", see period-ends.ts).
   */
  formatPeriod: (start: string, end?: string) => string;
}

/**
 * Builds a translator for a language and its catalogue (English's is bundled; the others are
 * loaded on demand, see catalogues.ts). Compiled messages are cached per translator, since the
 * catalogue never changes. Formatting through the locale also puts ICU's `#` in Khmer digits.
 */
export function createTranslator(
  language: Language = DEFAULT_LANGUAGE,
  catalogue: Catalogue = en,
): Translator {
  const locale = FORMATTING_LOCALES[language];
  const locales = [...INTL_LOCALES[language]];
  const khmerMonthsNeeded = language === 'km' && !hasKhmerDates();
  const compiled = new Map<MessageKey, IntlMessageFormat | string>();
  const numberFormats = new Map<string, Intl.NumberFormat>();

  const numberFormat = (options: Intl.NumberFormatOptions = {}) => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locales, options);
      numberFormats.set(key, format);
    }
    return format;
  };

  // Dates from the dataset are calendar days, not instants: format them in UTC so no
  // reader's time zone can move 3 April to 2 April.
  // Built on first use: the first Intl.DateTimeFormat loads the locale's calendar data, which
  // costs tens of milliseconds that the first render need not wait for.
  const dayFormat = lazily(
    () =>
      new Intl.DateTimeFormat(locales, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  );
  const monthFormat = lazily(
    () => new Intl.DateTimeFormat(locales, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  );
  const yearFormat = lazily(() => new Intl.DateTimeFormat(locales, { year: 'numeric', timeZone: 'UTC' }));

  const formatOne = (text: string): string => {
    const parts = parsePartialDate(text);
    if (!parts) return text;
    const format = formatterFor(parts);
    return khmerMonthsNeeded
      ? withKhmerMonths(format.formatToParts(toDate(parts)))
      : format.format(toDate(parts));
  };
  const formatterFor = (parts: PartialDateParts) =>
    parts.day !== undefined ? dayFormat() : parts.month !== undefined ? monthFormat() : yearFormat();

  return {
    language,
    locale,
    t(key, values) {
      let message = compiled.get(key);
      if (message === undefined) {
        // A key a translation lacks shows in English rather than as a raw id (the catalogue test
        // keeps the files complete; this guards a dataset-driven key or a stale deployment).
        const source = catalogue[key] ?? en[key];
        message = isLiteral(source) ? source : new IntlMessageFormat(source, locales);
        compiled.set(key, message);
      }
      return typeof message === 'string' ? message : String(message.format(values));
    },
    formatNumber: (value, options) => numberFormat(options).format(value),
    formatCurrency: (value, currency) =>
      numberFormat({ style: 'currency', currency, maximumFractionDigits: 0 }).format(value),
    formatPartialDate: formatOne,
    formatPeriod(written, writtenEnd) {
      const { start, end } = periodEnds(written, writtenEnd);
      if (end === undefined) return formatOne(start);
      const from = parsePartialDate(start);
      const to = parsePartialDate(end);
      // Intl can share the common part ("16–20 January 2023") only for two dates of the same precision.
      if (from && to && formatterFor(from) === formatterFor(to)) {
        const format = formatterFor(from);
        return khmerMonthsNeeded
          ? withKhmerMonths(format.formatRangeToParts(toDate(from), toDate(to)))
          : format.formatRange(toDate(from), toDate(to));
      }
      return `${formatOne(start)} – ${formatOne(end)}`;
    },
  };
}

/**
 * True for a message ICU would print as it is written: no argument, no quoting, no tag. Most of
 * the catalogue is like that, and compiling each one would resolve the locale again (tens of
 * milliseconds over a first render).
 */
function isLiteral(message: string): boolean {
  return !/[{}'<]/.test(message);
}

function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

function toDate(parts: PartialDateParts): Date {
  return new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
}
