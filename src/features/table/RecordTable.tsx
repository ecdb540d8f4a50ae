import { useMemo, useRef, useState } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { paginate } from '../../data/selectors/paginate';
import { partyLabel, shownParties, type PartyFocus } from '../../data/selectors/shown-parties';
import { sortRecords, type RolesView } from '../../data/selectors/sort-records';
import { useI18n } from '../../i18n/i18n-context';
import type { TableSort } from '../../view-state/view-state';
import { Pagination } from './Pagination';
import { RecordCards } from './RecordCards';
import { useNarrowScreen } from './use-narrow-screen';
import { WideTable } from './WideTable';
import './table.css';

export interface RecordTableProps {
  model: DatasetModel;
  /** The records under the current filters. */
  records: CooperationRecord[];
  sort: TableSort;
  /** 1-based; may be past the last page after a filter change, then the last page shows. */
  page: number;
  onSortChange: (sort: TableSort) => void;
  onPageChange: (page: number) => void;
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
  /** The countries and organisations the filters chose: the Roles column shows their parts. */
  focus?: PartyFocus;
}

const NO_FOCUS: PartyFocus = { countries: [], organisations: [] };

/** Enough rows to scan, few enough that a page of a 10,000-record dataset renders at once. */
export const PAGE_SIZE = 25;

/**
 * The filtered records, sortable and paged: a table with every column, or on a narrow screen a list
 * of cards with a sort control; a title opens the record's detail.
 */
export function RecordTable(props: RecordTableProps) {
  const { model, records, sort, page, onSortChange, onPageChange, recordHref, onOpenRecord } = props;
  const focus = props.focus ?? NO_FOCUS;
  const { t, locale, formatNumber } = useI18n();
  const countLine = useRef<HTMLParagraphElement>(null);
  // The filter panel already announces a filter change ("12 records match"); the count line speaks
  // only after the reader turned a page of these same records, so nothing is said twice.
  const [pagedRecords, setPagedRecords] = useState<CooperationRecord[] | null>(null);
  const narrow = useNarrowScreen();
  const { field, direction } = sort;
  // Roles sort by what their cells show: the chosen parties, by the names the cells give them.
  const rolesView = useMemo<RolesView>(
    () => ({
      parties: (record) => shownParties(model, record, focus),
      name: (party) => partyLabel(model, party).short,
    }),
    [model, focus],
  );
  // Sorting is the only work proportional to the whole list: once per list and order, not per page.
  const sorted = useMemo(
    () => sortRecords(records, { field, direction }, locale, rolesView),
    [records, field, direction, locale, rolesView],
  );
  const shown = paginate(sorted, page, PAGE_SIZE);
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const listFormat = useMemo(() => new Intl.ListFormat(locale, { type: 'conjunction' }), [locale]);

  if (records.length === 0) return <p className="record-table-empty">{t('table.empty')}</p>;

  const changePage = (target: number) => {
    setPagedRecords(records);
    onPageChange(target);
    // From the pager under a long page, bring the top of the new page into view.
    const line = countLine.current;
    if (line && line.getBoundingClientRect().top < 0) line.scrollIntoView?.({ block: 'start' });
  };
  const shownProps = {
    model,
    records: shown.items,
    sort,
    onSortChange,
    focus,
    collator,
    listFormat,
    recordHref,
    onOpenRecord,
  };

  return (
    <div className="record-table">
      <p
        className="record-table-count"
        role="status"
        aria-live={pagedRecords !== null && sameRecords(pagedRecords, records) ? 'polite' : 'off'}
        ref={countLine}
      >
        {t('table.showing', {
          first: formatNumber(shown.first),
          last: formatNumber(shown.last),
          total: shown.total,
        })}
      </p>
      {narrow ? <RecordCards {...shownProps} /> : <WideTable {...shownProps} />}
      {shown.pageCount > 1 && (
        <Pagination page={shown.page} pageCount={shown.pageCount} onPageChange={changePage} />
      )}
    </div>
  );
}

// The list is filtered anew on every change of the URL, a page turn included: compare what it holds.
function sameRecords(a: readonly CooperationRecord[], b: readonly CooperationRecord[]): boolean {
  return a === b || (a.length === b.length && a.every((record, index) => record === b[index]));
}
