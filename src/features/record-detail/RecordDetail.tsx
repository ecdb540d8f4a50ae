import { useId } from 'react';
import type { PartyLinks } from '../../components/party-links';
import { recordKindKey } from '../../components/record-kind';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { DetailList } from './DetailList';
import { DetailParties } from './DetailParties';
import { DetailPeople } from './DetailPeople';
import { DetailSources } from './DetailSources';
import { RecordFacts } from './RecordFacts';
import { useModalDialog } from './use-modal-dialog';
import './record-detail.css';

export interface RecordDetailProps {
  model: DatasetModel;
  recordId: string;
  onClose: () => void;
  /** Where the parties' names lead (their organisation's records, their country's profile). */
  partyLinks?: PartyLinks;
}

/** Everything the dataset says about one record, in a modal dialog named by the record's title. */
export function RecordDetail({ model, recordId, onClose, partyLinks }: RecordDetailProps) {
  const record = model.recordsById.get(recordId);
  if (record === undefined) return null;
  return <RecordDialog model={model} record={record} onClose={onClose} partyLinks={partyLinks} />;
}

interface RecordDialogProps {
  model: DatasetModel;
  record: CooperationRecord;
  onClose: () => void;
  partyLinks: PartyLinks | undefined;
}

function RecordDialog({ model, record, onClose, partyLinks }: RecordDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const { dialogRef, initialFocusRef } = useModalDialog(onClose);
  const type = t(`type.${record.type}`);
  const kindKey = recordKindKey(record);
  return (
    <dialog ref={dialogRef} className="record-detail" aria-labelledby={titleId}>
      <div className="record-detail-body">
        {/* A <div>, not a <header>: outside a section a <header> is a second banner landmark. */}
        <div className="record-detail-header">
          <div>
            <p className="record-detail-kicker">
              {kindKey === null ? type : t('recordDetail.typeAndKind', { type, kind: t(kindKey) })}
            </p>
            <h2 id={titleId}>{record.title}</h2>
          </div>
          <button ref={initialFocusRef} type="button" className="record-detail-close" onClick={onClose}>
            {t('recordDetail.close')}
          </button>
        </div>
        {record.summary !== undefined && <p className="record-detail-summary">{record.summary}</p>}
        <RecordFacts model={model} record={record} />
        <DetailList
          heading={t('recordDetail.themes')}
          items={record.themes.map((theme) => t(`theme.${theme}`))}
        />
        {record.type === 'training' && (
          <>
            <DetailList heading={t('recordDetail.topics')} items={record.topics} />
            <DetailList heading={t('recordDetail.equipment')} items={record.equipment} />
          </>
        )}
        {record.type === 'event' && (
          <DetailList heading={t('recordDetail.outcomes')} items={record.outcomes} />
        )}
        <DetailParties model={model} parties={record.parties} links={partyLinks} />
        {record.people !== undefined && <DetailPeople model={model} people={record.people} />}
        <DetailSources model={model} sourceIds={record.sources} />
      </div>
    </dialog>
  );
}
