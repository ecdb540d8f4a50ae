import { useMemo, useRef, useState } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { paginate } from '../../data/selectors/paginate';
import type { PartyFocus } from '../../data/selectors/shown-parties';
import { sortRecords } from '../../data/selectors/sort-records';
import { useI18n } from '../../i18n/i18n-context';
import type { TableSort } from '../../view-state/view-state';
import { Pagination } from './Pagination';
import { RecordRow } from './RecordRow';
import { SortableHeader } from './SortableHeader';
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

/** The filtered records as a sortable, paged table; a title opens the record's detail. */
export function RecordTable(props: RecordTableProps) {
  const { model, records, sort, page, onSortChange, onPageChange, recordHref, onOpenRecord } = props;
  const focus = props.focus ?? NO_FOCUS;
  const { t, locale, formatNumber } = useI18n();
  const countLine = useRef<HTMLParagraphElement>(null);
  // The filter panel already announces a filter change ("12 records match"); the count line speaks
  // only after the reader turned a page of these same records, so nothing is said twice.
  const [pagedRecords, setPagedRecords] = useState<CooperationRecord[] | null>(null);
  const { field, direction } = sort;
  // Sorting is the only work proportional to the whole list: once per list and order, not per page.
  const sorted = useMemo(
    () => sortRecords(records, { field, direction }, locale),
    [records, field, direction, locale],
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
  const header = (key: TableSort['field'], className?: string) => (
    <SortableHeader
      field={key}
      label={t(`table.column.${key}`)}
      sort={sort}
      onSortChange={onSortChange}
      className={className}
    />
  );

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
      {/* Said to screen readers by the region's name; shown on narrow screens only. */}
      <p className="record-table-scroll-hint" aria-hidden="true">
        {t('table.scrollHint')}
      </p>
      {/* A phone shows two columns at a time: the region scrolls sideways and takes keyboard focus so
          that arrow keys scroll it too (a pattern from Adrian Roselli's accessible tables). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard */}
      <div className="record-table-scroll" role="region" aria-label={t('table.scrollRegion')} tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              {header('date', 'cell-date')}
              {header('title', 'cell-title')}
              {header('type')}
              <th scope="col">{t('table.column.countries')}</th>
              {header('amount', 'cell-number')}
              <th scope="col">{t('table.column.roles')}</th>
              {header('place')}
              {header('confidence')}
              <th scope="col" className="cell-number">
                {t('table.column.sources')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map((record) => (
              <RecordRow
                key={record.id}
                model={model}
                record={record}
                collator={collator}
                listFormat={listFormat}
                focus={focus}
                href={recordHref(record.id)}
                onOpen={onOpenRecord}
              />
            ))}
          </tbody>
        </table>
      </div>
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
