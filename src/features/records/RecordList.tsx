import type { CooperationRecord } from '../../data/schema/records';
import { earliestDay } from '../../data/schema/partial-date';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { RecordItem } from './RecordItem';

interface RecordListProps {
  model: DatasetModel;
  records: CooperationRecord[];
}

/** Every record, newest first, each with its sources. */
export function RecordList({ model, records }: RecordListProps) {
  const { t } = useI18n();
  const newestFirst = [...records].sort((a, b) =>
    earliestDay(b.period.start).localeCompare(earliestDay(a.period.start)),
  );
  return (
    <section className="record-list" aria-labelledby="records-title">
      <h2 id="records-title">{t('records.heading')}</h2>
      <p>{t('records.count', { count: records.length })}</p>
      <ol className="records">
        {newestFirst.map((record) => (
          <li key={record.id}>
            <RecordItem model={model} record={record} />
          </li>
        ))}
      </ol>
    </section>
  );
}
