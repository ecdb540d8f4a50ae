import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useDraft } from './use-draft';

interface YearRangeSliderProps {
  /** The first and last year the dataset covers. */
  bounds: { min: number; max: number };
  from: number | null;
  to: number | null;
  /** Null for an end left at the dataset's bound, so the URL stays free of defaults. */
  onChange: (from: number | null, to: number | null) => void;
}

/** Two range inputs for the first and last year; each keeps the other's side of the range. */
export function YearRangeSlider({ bounds, from, to, onChange }: YearRangeSliderProps) {
  const { t, formatNumber } = useI18n();
  const fromId = useId();
  const toId = useId();
  const committed = `${from ?? bounds.min}-${to ?? bounds.max}`;
  const [draft, setDraft] = useDraft(committed, (range) => {
    const [start, end] = range.split('-').map(Number) as [number, number];
    onChange(start === bounds.min ? null : start, end === bounds.max ? null : end);
  });
  const [start, end] = draft.split('-').map(Number) as [number, number];
  const year = (value: number) => formatNumber(value, { useGrouping: false });

  return (
    <fieldset className="filter-group year-range">
      <legend>{t('filters.years.legend')}</legend>
      <p className="year-range-value" aria-hidden="true">
        {t('filters.years.value', { from: year(start), to: year(end) })}
      </p>
      <label htmlFor={fromId}>{t('filters.years.from')}</label>
      <input
        id={fromId}
        type="range"
        min={bounds.min}
        max={bounds.max}
        step={1}
        value={start}
        aria-valuetext={year(start)}
        onChange={(event) => setDraft(`${Math.min(Number(event.currentTarget.value), end)}-${end}`)}
      />
      <label htmlFor={toId}>{t('filters.years.to')}</label>
      <input
        id={toId}
        type="range"
        min={bounds.min}
        max={bounds.max}
        step={1}
        value={end}
        aria-valuetext={year(end)}
        onChange={(event) => setDraft(`${start}-${Math.max(Number(event.currentTarget.value), start)}`)}
      />
    </fieldset>
  );
}
