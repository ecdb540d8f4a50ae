import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import type { PartyFocus } from '../../data/selectors/shown-parties';
import type { TableSort } from '../../view-state/view-state';

/** What the wide table and the narrow cards both take: one page of records and how to sort and open them. */
export interface RecordListProps {
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

/** What a table row and a card both take: one record, how to name its parties, and how to open it. */
export interface RecordItemProps {
  model: DatasetModel;
  record: CooperationRecord;
  collator: Intl.Collator;
  listFormat: Intl.ListFormat;
  focus: PartyFocus;
  href: string;
  onOpen: (recordId: string) => void;
}
