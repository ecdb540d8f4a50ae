import { useState } from 'react';
import { filterChips } from '../../features/filters/filter-chips';
import type { FilterPanelProps } from '../../features/filters/FilterPanel';
import { useI18n } from '../../i18n/i18n-context';
import { FilterDrawer } from './FilterDrawer';

/**
 * On a phone the filters take one line above the panels, which stays in view as the page scrolls:
 * a button that opens them (with how many are set) and how many records match. A side panel of
 * filters would push the map a few screens down.
 */
export function PhoneFilterBar(props: FilterPanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { model, filter, matching } = props;
  return (
    <div className="filter-bar">
      <button type="button" className="filter-bar-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('filters.openDrawer', { count: filterChips(filter).length })}
      </button>
      <p className="filter-count" role="status" aria-live="polite">
        {t('filters.matching', { matching, total: model.dataset.records.length })}
      </p>
      {open && <FilterDrawer {...props} onClose={() => setOpen(false)} />}
    </div>
  );
}
