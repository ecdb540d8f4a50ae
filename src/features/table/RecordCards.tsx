import { useI18n } from '../../i18n/i18n-context';
import { RecordCard } from './RecordCard';
import { SortSelect } from './SortSelect';
import type { RecordListProps } from './record-view-props';

/**
 * The records on a narrow screen: an ordered list of cards, each an article headed by its title,
 * with the sort chosen from two selects in place of the column headers. A list of headed articles
 * reads well in a screen reader's headings and list navigation, where a table squeezed into
 * blocks by CSS loses its table semantics in some browsers.
 */
export function RecordCards(props: RecordListProps) {
  const { model, records, sort, onSortChange, focus, collator, listFormat, recordHref, onOpenRecord } = props;
  const { t } = useI18n();
  return (
    <>
      <SortSelect sort={sort} onSortChange={onSortChange} />
      <ol className="record-cards" aria-label={t('table.caption')}>
        {records.map((record) => (
          <RecordCard
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
      </ol>
    </>
  );
}
