import { useId, useState, type FormEvent } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { countriesByName } from './lists';

interface CountryPickerProps {
  model: DatasetModel;
  current: string;
  onOpen: (iso3: string) => void;
  /** Away from a profile, "Another country" would make no sense: the header's dialog names it otherwise. */
  legend?: string;
}

/** Opens another country's profile. A button, not a change of the select, moves the page (WCAG 3.2.2). */
export function CountryPicker({ model, current, onOpen, legend }: CountryPickerProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen(choice);
  };
  return (
    <form className="briefing-picker" onSubmit={submit}>
      <fieldset>
        <legend>{legend ?? t('briefing.picker.country.legend')}</legend>
        <label htmlFor={id}>{t('briefing.picker.country.label')}</label>
        <select id={id} value={choice} onChange={(event) => setChoice(event.target.value)}>
          {countriesByName(model, locale).map((country) => (
            <option key={country.iso3} value={country.iso3}>
              {country.name}
            </option>
          ))}
        </select>
        <button type="submit">{t('briefing.picker.country.submit')}</button>
      </fieldset>
    </form>
  );
}
