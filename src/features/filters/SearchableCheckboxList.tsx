import { useId, useMemo, useState } from 'react';
import { foldText } from '../../data/selectors/text-search';
import { useI18n } from '../../i18n/i18n-context';
import { useEndsBetweenRows } from './use-ends-between-rows';

export interface ListOption {
  value: string;
  label: string;
}

interface SearchableCheckboxListProps {
  legend: string;
  options: ListOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

// Long lists (national datasets have hundreds of organisations) show the first matches only.
const SHOWN = 60;

/** A long list of checkboxes with a box that narrows it: countries, organisations. */
export function SearchableCheckboxList({ legend, options, selected, onChange }: SearchableCheckboxListProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const matching = useMemo(() => {
    const folded = foldText(query.trim());
    const found =
      folded === '' ? options : options.filter((option) => foldText(option.label).includes(folded));
    // Chosen values stay visible at the top, whatever the query.
    return [
      ...options.filter((option) => selected.includes(option.value)),
      ...found.filter((option) => !selected.includes(option.value)),
    ];
  }, [options, query, selected]);
  const shown = useMemo(() => matching.slice(0, SHOWN), [matching]);
  const list = useEndsBetweenRows<HTMLDivElement>(
    `${matching.length - shown.length}\n${shown.map((option) => option.label).join('\n')}`,
  );
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((other) => other !== value));

  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <label htmlFor={inputId} className="visually-hidden">
        {t('filters.narrowList', { list: legend })}
      </label>
      <input
        id={inputId}
        type="search"
        className="filter-list-search"
        placeholder={t('filters.narrowPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <div ref={list} className="filter-list">
        {shown.map((option) => (
          <label key={option.value} className="filter-option">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            {option.label}
          </label>
        ))}
        {shown.length === 0 && <p className="filter-list-empty">{t('filters.noMatches')}</p>}
        {matching.length > shown.length && (
          <p className="filter-list-more">
            {t('filters.moreMatches', { count: matching.length - shown.length })}
          </p>
        )}
      </div>
    </fieldset>
  );
}
