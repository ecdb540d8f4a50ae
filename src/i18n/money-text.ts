import type { Translator } from './translator';

/** A sum of money as selectors give it; only what its words depend on. */
export interface MoneyFigure {
  currency: string;
  min: number;
  max: number;
  /** A lower bound: written "at least ...", and never rounded up. */
  atLeast?: boolean;
  /** Rounded by its sources: written "about ...". */
  about?: boolean;
  /** The power of ten the sources rounded to; the text is no more precise (1 = exact). */
  unit?: number;
}

export interface MoneyTextOptions {
  /** Short enough for a bar label or an axis tick ("US$78.5m"), whatever the sources' precision. */
  compact?: boolean;
}

// From a hundred thousand up, rounded figures read better in words ("US$78.5m") than with zeros that mean nothing.
const WORDS_FROM_UNIT = 100_000;

/**
 * The one place money becomes words: "US$1,978,500,000", "at least US$78.5m", "about €12m",
 * "US$100,000–US$120,000" for a disputed sum; rounded to the precision of its sources, never up for a lower bound.
 */
export function moneyText(i18n: Translator, money: MoneyFigure, options: MoneyTextOptions = {}): string {
  const one = (value: number) => amountText(i18n, money, value, options.compact === true);
  const low = one(money.min);
  const high = one(money.max);
  const amount = low === high ? low : i18n.t('money.range', { min: low, max: high });
  if (money.atLeast === true) return i18n.t('money.atLeast', { amount });
  if (money.about === true) return i18n.t('money.about', { amount });
  return amount;
}

function amountText(i18n: Translator, money: MoneyFigure, value: number, compact: boolean): string {
  const unit = money.unit ?? 1;
  const floor = money.atLeast === true;
  const rounded = (floor ? Math.floor(value / unit) : Math.round(value / unit)) * unit;
  const roundingMode = floor ? 'trunc' : 'halfExpand';
  if (compact) {
    return i18n.formatNumber(rounded, {
      style: 'currency',
      currency: money.currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
      roundingMode,
    });
  }
  if (unit >= WORDS_FROM_UNIT && rounded >= unit) {
    const digits = Math.floor(Math.log10(rounded)) + 1 - Math.round(Math.log10(unit));
    return i18n.formatNumber(rounded, {
      style: 'currency',
      currency: money.currency,
      notation: 'compact',
      maximumSignificantDigits: Math.min(21, Math.max(1, digits)),
      roundingMode,
    });
  }
  return i18n.formatNumber(rounded, {
    style: 'currency',
    currency: money.currency,
    maximumFractionDigits: 0,
    roundingMode,
  });
}
