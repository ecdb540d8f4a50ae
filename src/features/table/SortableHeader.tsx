import type { RecordSort, RecordSortField } from '../../data/selectors/sort-records';
import { toggleSort } from '../../data/selectors/sort-records';

interface SortableHeaderProps {
  field: RecordSortField;
  label: string;
  sort: RecordSort;
  onSortChange: (sort: RecordSort) => void;
  className?: string;
}

/**
 * A column header that sorts the table. The state is on the <th> as aria-sort (only on the sorted
 * column, as the ARIA practices advise), so screen readers announce it with every cell of the column.
 */
export function SortableHeader({ field, label, sort, onSortChange, className }: SortableHeaderProps) {
  const sorted = sort.field === field;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSortChange(toggleSort(sort, field))}>
        {label}
        <span className="sort-indicator" aria-hidden="true" />
      </button>
    </th>
  );
}
