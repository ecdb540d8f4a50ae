import type { BriefLinks } from '../../components/brief-links';
import { CoverageLine } from '../../components/CoverageLine';
import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { ActiveFilterChips } from './ActiveFilterChips';
import { FilterFields } from './FilterFields';
import { PairBriefLink } from './PairBriefLink';

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

/**
 * Every filter of the explore view, the active ones as chips, and how many records match: the
 * side panel of wide screens (phones get the same parts in a drawer, see FilterDrawer).
 */
export function FilterPanel(props: FilterPanelProps) {
  const { model, filter, matching, onChange, onShowYear, briefLinks } = props;
  const { t } = useI18n();
  return (
    <aside className="filter-panel" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters.heading')}</h2>
      <FilterHead
        model={model}
        filter={filter}
        matching={matching}
        onChange={onChange}
        briefLinks={briefLinks}
      />
      <FilterFields model={model} filter={filter} onChange={onChange} onShowYear={onShowYear} />
    </aside>
  );
}

/**
 * What the filters add up to: how many records match, what the dataset covers, the active filters
 * as chips, a pair's brief.
 */
export function FilterHead({
  model,
  filter,
  matching,
  onChange,
  briefLinks,
}: Omit<FilterPanelProps, 'onShowYear'>) {
  const { t } = useI18n();
  return (
    <>
      <p className="filter-count" role="status" aria-live="polite">
        {t('filters.matching', { matching, total: model.dataset.records.length })}
      </p>
      {/* Beside the count, because an answer is only as wide as the data behind it (issue 15). */}
      <p className="filter-coverage">
        <CoverageLine model={model} />
      </p>
      <ActiveFilterChips model={model} filter={filter} onChange={onChange} />
      {briefLinks !== undefined && (
        <PairBriefLink model={model} countries={filter.countries} links={briefLinks} />
      )}
    </>
  );
}
