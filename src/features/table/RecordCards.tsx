import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import type { PartyFocus } from '../../data/selectors/shown-parties';
import { useI18n } from '../../i18n/i18n-context';
import type { TableSort } from '../../view-state/view-state';
import { RecordCard } from './RecordCard';
import { SortSelect } from './SortSelect';

interface RecordCardsProps {
  model: DatasetModel;
  /** The page of records to show, in order. */
  records: CooperationRecord[];
  sort: TableSort;
  onSortChange: (sort: TableSort) => void;
  focus: PartyFocus;
  collator: Intl.Collator;
  listFormat: Intl.ListFormat;
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
}

/**
 * The records on a narrow screen: an ordered list of cards, each an article headed by its title,
 * with the sort chosen from two selects in place of the column headers. A list of headed articles
 * reads well in a screen reader's headings and list navigation, where a table squeezed into
 * blocks by CSS loses its table semantics in some browsers.
 */
export function RecordCards(props: RecordCardsProps) {
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
