import { useId, useMemo, useState } from 'react';
import type { BriefLinks } from '../../components/brief-links';
import { RecordLink } from '../../components/RecordLink';
import { CONFIDENCES, RECORD_TYPES, THEMES } from '../../data/schema/vocabulary';
import { yearBounds, type RecordFilter } from '../../data/selectors/filter';
import { PARTY_ROLE_FILTER_NAMES } from '../../data/selectors/party-role-filter';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { ActiveFilterChips } from './ActiveFilterChips';
import { CheckboxGroup } from './CheckboxGroup';
import { SearchableCheckboxList, type ListOption } from './SearchableCheckboxList';
import { TextSearch } from './TextSearch';
import { YearPlayer } from './YearPlayer';
import { YearRangeSlider } from './YearRangeSlider';

export interface FilterPanelProps {
  model: DatasetModel;
  filter: RecordFilter;
  /** How many records pass the filter. */
  matching: number;
  onChange: (filter: RecordFilter) => void;
  /** Narrows to one year; while playing, without adding a history entry per year. */
  onShowYear: (year: number, playing: boolean) => void;
  /** Where present, two ticked countries lead on to their brief. */
  briefLinks?: BriefLinks;
}

/** Every filter of the explore view, the active ones as chips, and how many records match. */
export function FilterPanel(props: FilterPanelProps) {
  const { model, filter, matching, onChange, onShowYear, briefLinks } = props;
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
  const total = model.dataset.records.length;
  const [expanded, setExpanded] = useState(false);
  const bodyId = useId();

  return (
    <aside className="filter-panel" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters.heading')}</h2>
      <p className="filter-count" role="status" aria-live="polite">
        {t('filters.matching', { matching, total })}
      </p>
      <ActiveFilterChips model={model} filter={filter} onChange={onChange} />
      {briefLinks !== undefined && (
        <PairBriefLink model={model} countries={filter.countries} links={briefLinks} />
      )}
      {/* On phones the filters fold away behind this button; on wider screens it is hidden. */}
      <button
        type="button"
        className="filter-toggle"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? t('filters.hide') : t('filters.show')}
      </button>
      <div id={bodyId} className="filter-body" data-expanded={expanded}>
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
            currentYear={
              filter.yearFrom !== null && filter.yearFrom === filter.yearTo ? filter.yearFrom : null
            }
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
      </div>
    </aside>
  );
}

/** Exactly two ticked countries are a pair a reader may want the brief of. */
function PairBriefLink({
  model,
  countries,
  links,
}: {
  model: DatasetModel;
  countries: string[];
  links: BriefLinks;
}) {
  const { t } = useI18n();
  if (countries.length !== 2) return null;
  const [a = '', b = ''] = countries;
  return (
    <p className="filter-pair-brief">
      <RecordLink href={links.pairHref(a, b)} onOpen={() => links.openPair(a, b)}>
        {t('briefs.pairLink', { a: countryName(model, a), b: countryName(model, b) })}
      </RecordLink>
    </p>
  );
}
