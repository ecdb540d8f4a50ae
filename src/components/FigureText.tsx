import type { Figure } from '../data/schema/records';
import { figureRange } from '../data/selectors/figures';
import { useI18n } from '../i18n/i18n-context';

interface FigureTextProps {
  figure: Figure;
  /** Formats one value, e.g. as a currency; plain numbers by default. */
  format?: (value: number) => string;
}

/** A figure as the sources give it: one value, or the range of a disputed one, never a value picked silently. */
export function FigureText({ figure, format }: FigureTextProps) {
  const { t, formatNumber } = useI18n();
  const show = format ?? ((value: number) => formatNumber(value));
  const range = figureRange(figure);
  if (!range.disputed) return <>{show(range.min)}</>;
  return <>{t('figure.disputed', { min: show(range.min), max: show(range.max) })}</>;
}
