import type { Translator } from '../../../i18n/translator';
import { asCount, asRange, type MeasureValue } from '../series';

/** A count as the reader's locale writes it. */
export function countText(i18n: Translator): (value: MeasureValue) => string {
  return (value) => i18n.formatNumber(asCount(value));
}

/** One value when the sources agree, "low–high" when they do not. */
export function rangeText(i18n: Translator, one: (value: number) => string): (value: MeasureValue) => string {
  return (value) => {
    const { min, max } = asRange(value);
    return min === max ? one(min) : i18n.t('charts.range', { min: one(min), max: one(max) });
  };
}

/** A year as a label, without the thousands separator a count would get. */
export function yearText(i18n: Translator, year: number): string {
  return i18n.formatNumber(year, { useGrouping: false });
}

/** An amount short enough for an axis tick or a bar label: "US$1.2M". */
export function compactCurrency(i18n: Translator, currency: string): (value: number) => string {
  return (value) =>
    i18n.formatNumber(value, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
}
