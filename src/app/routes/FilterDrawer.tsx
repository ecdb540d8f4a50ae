import { useId } from 'react';
import { FilterFields } from '../../features/filters/FilterFields';
import { FilterHead, type FilterPanelProps } from '../../features/filters/FilterPanel';
import { useModalDialog } from '../../features/record-detail/use-modal-dialog';
import { useI18n } from '../../i18n/i18n-context';

interface FilterDrawerProps extends FilterPanelProps {
  onClose: () => void;
}

/**
 * The filters on a phone: a modal sheet over the page. Every tick applies at once (the map behind
 * follows), the count at the top says how many records match so far, and the button at the foot
 * closes the sheet onto them. Focus stays inside while it is open and Escape closes it.
 */
export function FilterDrawer({ onClose, ...props }: FilterDrawerProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { dialogRef, initialFocusRef } = useModalDialog(onClose);
  return (
    <dialog ref={dialogRef} className="filter-drawer" aria-labelledby={headingId}>
      <div className="filter-drawer-header">
        <h2 id={headingId}>{t('filters.heading')}</h2>
        <button ref={initialFocusRef} type="button" onClick={onClose}>
          {t('filters.closeDrawer')}
        </button>
      </div>
      <div className="filter-drawer-body">
        <FilterHead {...props} />
        <FilterFields
          model={props.model}
          filter={props.filter}
          onChange={props.onChange}
          onShowYear={props.onShowYear}
        />
      </div>
      <div className="filter-drawer-footer">
        <button type="button" className="filter-drawer-done" onClick={onClose}>
          {t('filters.showRecords', { count: props.matching })}
        </button>
      </div>
    </dialog>
  );
}
