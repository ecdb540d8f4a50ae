import { useMemo } from 'react';
import { CONFIDENCES, RECORD_TYPES, THEMES } from '../../data/schema/vocabulary';
import { yearBounds, type RecordFilter } from '../../data/selectors/filter';
import { PARTY_ROLE_FILTER_NAMES } from '../../data/selectors/party-role-filter';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { CheckboxGroup } from './CheckboxGroup';
import { SearchableCheckboxList, type ListOption } from './SearchableCheckboxList';
import { TextSearch } from './TextSearch';
import { YearPlayer } from './YearPlayer';
import { YearRangeSlider } from './YearRangeSlider';

export interface FilterFieldsProps {
  model: DatasetModel;
  filter: RecordFilter;
  onChange: (filter: RecordFilter) => void;
  /** Narrows to one year; while playing, without adding a history entry per year. */
  onShowYear: (year: number, playing: boolean) => void;
}

/** Every control of the explore view's filters, the same beside the panels and in the phone's drawer. */
export function FilterFields({ model, filter, onChange, onShowYear }: FilterFieldsProps) {
  const { t, locale } = useI18n();
  const set =
    <K extends keyof RecordFilter>(field: K) =>
    (value: RecordFilter[K]) =>
      onChange({ ...filter, [field]: value });

  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base' }), [locale]);
  const countryOptions = useMemo<ListOption[]>(
    () =>
      model.dataset.countries
        .map((country) => ({ value: country.iso3, label: countryName(model, country.iso3) }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [model, collator],
  );
  const organisationOptions = useMemo<ListOption[]>(
    () =>
      model.dataset.organisations
        .map((organisation) => ({ value: organisation.id, label: organisationName(model, organisation.id) }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [model, collator],
  );
  const bounds = useMemo(() => yearBounds(model.dataset.records), [model]);

  return (
    <>
      <TextSearch value={filter.text} onChange={set('text')} />
      <CheckboxGroup
        legend={t('filters.types.legend')}
        options={RECORD_TYPES}
        selected={filter.types}
        label={(type) => t(`type.${type}`)}
        onChange={set('types')}
      />
      {bounds && (
        <YearRangeSlider
          bounds={bounds}
          from={filter.yearFrom}
          to={filter.yearTo}
          onChange={(yearFrom, yearTo) => onChange({ ...filter, yearFrom, yearTo })}
        />
      )}
      {bounds && (
        <YearPlayer
          bounds={bounds}
          currentYear={filter.yearFrom !== null && filter.yearFrom === filter.yearTo ? filter.yearFrom : null}
          onShowYear={onShowYear}
        />
      )}
      <SearchableCheckboxList
        legend={t('filters.countries.legend')}
        options={countryOptions}
        selected={filter.countries}
        onChange={set('countries')}
      />
      <SearchableCheckboxList
        legend={t('filters.organisations.legend')}
        options={organisationOptions}
        selected={filter.organisations}
        onChange={set('organisations')}
      />
      <CheckboxGroup
        legend={t('filters.roles.legend')}
        options={PARTY_ROLE_FILTER_NAMES}
        selected={filter.roles}
        label={(role) => t(`filters.role.${role}`)}
        onChange={set('roles')}
      />
      <label className="filter-option filter-amount">
        <input
          type="checkbox"
          checked={filter.withAmount}
          onChange={(event) => onChange({ ...filter, withAmount: event.currentTarget.checked })}
        />
        {t('filters.withAmount')}
      </label>
      <CheckboxGroup
        legend={t('filters.themes.legend')}
        options={THEMES}
        selected={filter.themes}
        label={(theme) => t(`theme.${theme}`)}
        onChange={set('themes')}
      />
      <CheckboxGroup
        legend={t('filters.confidence.legend')}
        options={CONFIDENCES}
        selected={filter.confidence}
        label={(confidence) => t(`confidence.${confidence}`)}
        onChange={set('confidence')}
      />
    </>
  );
}
