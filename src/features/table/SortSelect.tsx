import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { TableSort, TableSortField } from '../../view-state/view-state';

// The sortable columns in the order the wide table shows them.
const FIELDS: readonly TableSortField[] = ['date', 'title', 'type', 'amount', 'roles', 'place', 'confidence'];

interface SortSelectProps {
  sort: TableSort;
  onSortChange: (sort: TableSort) => void;
}

/**
 * "Sort by" and "Order" for the record cards, which have no column headers to click. They set the
 * same sort as the headers, so a link copied from a phone opens sorted alike on a desktop.
 */
export function SortSelect({ sort, onSortChange }: SortSelectProps) {
  const { t } = useI18n();
  const fieldId = useId();
  const directionId = useId();
  return (
    <div className="record-sort">
      <div className="record-sort-field">
        <label htmlFor={fieldId}>{t('table.sort.by')}</label>
        <select
          id={fieldId}
          value={sort.field}
          onChange={(event) => {
            const field = FIELDS.find((candidate) => candidate === event.target.value);
            if (field) onSortChange({ field, direction: sort.direction });
          }}
        >
          {FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(`table.column.${field}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="record-sort-field">
        <label htmlFor={directionId}>{t('table.sort.order')}</label>
        <select
          id={directionId}
          value={sort.direction}
          onChange={(event) =>
            onSortChange({ field: sort.field, direction: event.target.value === 'asc' ? 'asc' : 'desc' })
          }
        >
          <option value="asc">{t('table.sort.ascending')}</option>
          <option value="desc">{t('table.sort.descending')}</option>
        </select>
      </div>
    </div>
  );
}
