// Desktop Chrome's ICU has no Khmer locale data (Debian's Chromium 156:
// Intl.DateTimeFormat.supportedLocalesOf('km') is empty), so Khmer dates come out of its
// English fallback ("៣ April ២០២៤"). CLDR's Khmer dates use the same order as British English
// ("d MMMM y"), so swapping in CLDR's Khmer month names gives what Khmer locale data would.
const KHMER_MONTHS = [
  'មករា',
  'កុម្ភៈ',
  'មីនា',
  'មេសា',
  'ឧសភា',
  'មិថុនា',
  'កក្កដា',
  'សីហា',
  'កញ្ញា',
  'តុលា',
  'វិច្ឆិកា',
  'ធ្នូ',
] as const;

// Worked out on the first Khmer date, not when the module loads: building Intl formatters costs
// tens of milliseconds on a phone, and pages in other languages never need these names.
let englishMonths: string[] | undefined;

function englishMonthNames(): string[] {
  if (englishMonths === undefined) {
    const format = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
    englishMonths = Array.from({ length: 12 }, (_, month) =>
      format.format(new Date(Date.UTC(2000, month, 1))),
    );
  }
  return englishMonths;
}

/** True when this runtime formats Khmer dates itself; otherwise `withKhmerMonths` must fill in. */
export function hasKhmerDates(): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf(['km']).length > 0;
}

/** Joins formatted date parts, with English month names (from the fallback locale) put into Khmer. */
export function withKhmerMonths(parts: readonly { type: string; value: string }[]): string {
  return parts
    .map((part) => {
      if (part.type !== 'month') return part.value;
      const month = englishMonthNames().indexOf(part.value);
      return month === -1 ? part.value : KHMER_MONTHS[month];
    })
    .join('');
}
