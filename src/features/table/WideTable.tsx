import { useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { TableSort } from '../../view-state/view-state';
import { RecordRow } from './RecordRow';
import { SortableHeader } from './SortableHeader';
import { useHorizontalOverflow } from './use-horizontal-overflow';
import type { RecordListProps } from './record-view-props';

/**
 * The records as a table with every column. It fits the explore view from 1280 px up; narrower, it
 * scrolls inside its own region, and says so: a shadow on the side that hides columns, a line of
 * text, and a named region that takes keyboard focus so arrow keys scroll it too (a pattern from
 * Adrian Roselli's accessible tables).
 */
export function WideTable(props: RecordListProps) {
  const { model, records, sort, onSortChange, focus, collator, listFormat, recordHref, onOpenRecord } = props;
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const { overflows, moreBefore, moreAfter } = useHorizontalOverflow(scroller);
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
    <>
      {/* Said to screen readers by the region's name. */}
      {overflows && (
        <p className="record-table-scroll-hint" aria-hidden="true">
          {t('table.scrollHint')}
        </p>
      )}
      <div
        className="record-table-frame"
        data-more-before={moreBefore || undefined}
        data-more-after={moreAfter || undefined}
      >
        {/* A region only while it scrolls: one that does not would be a tab stop that does nothing. */}
        <div
          ref={scroller}
          className="record-table-scroll"
          role={overflows ? 'region' : undefined}
          aria-label={overflows ? t('table.scrollRegion') : undefined}
          tabIndex={overflows ? 0 : undefined}
        >
          <table>
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              <tr>
                {header('date', 'col-date')}
                {header('title', 'col-title')}
                {header('type', 'col-type')}
                <th scope="col" className="col-countries">
                  {t('table.column.countries')}
                </th>
                {header('amount', 'cell-number col-amount')}
                {header('roles', 'col-roles')}
                {header('place', 'col-place')}
                {header('confidence', 'col-confidence')}
                <th scope="col" className="cell-number col-sources">
                  {t('table.column.sources')}
                </th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
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
      </div>
    </>
  );
}
