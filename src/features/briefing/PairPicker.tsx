import { useId, useState, type FormEvent } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { countriesByName } from './lists';

interface PairPickerProps {
  model: DatasetModel;
  initial: [string, string];
  onOpen: (a: string, b: string) => void;
}

/** Opens the relationship brief of any two different countries. */
export function PairPicker({ model, initial, onOpen }: PairPickerProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [first, setFirst] = useState(initial[0]);
  const [second, setSecond] = useState(initial[1]);
  const [same, setSame] = useState(false);
  const countries = countriesByName(model, locale);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSame(first === second);
    if (first !== second) onOpen(first, second);
  };
  const select = (suffix: string, label: string, value: string, set: (iso3: string) => void) => (
    <>
      <label htmlFor={`${id}-${suffix}`}>{label}</label>
      <select
        id={`${id}-${suffix}`}
        value={value}
        aria-invalid={same || undefined}
        aria-describedby={same ? `${id}-error` : undefined}
        onChange={(event) => set(event.target.value)}
      >
        {countries.map((country) => (
          <option key={country.iso3} value={country.iso3}>
            {country.name}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <form className="briefing-picker" onSubmit={submit}>
      <fieldset>
        <legend>{t('briefing.picker.pair.legend')}</legend>
        {select('first', t('briefing.picker.pair.first'), first, setFirst)}
        {select('second', t('briefing.picker.pair.second'), second, setSecond)}
        <button type="submit">{t('briefing.picker.pair.submit')}</button>
        {same && (
          <p id={`${id}-error`} className="briefing-picker-error" role="alert">
            {t('briefing.picker.pair.same')}
          </p>
        )}
      </fieldset>
    </form>
  );
}
