import { useMemo } from 'react';
import { PeriodText } from '../../components/PeriodText';
import { RecordLink } from '../../components/RecordLink';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { placeName } from '../../data/selectors/names';
import { timelineByYear } from '../../data/selectors/timeline';
import { useI18n } from '../../i18n/i18n-context';

export interface TimelineProps {
  model: DatasetModel;
  records: CooperationRecord[];
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
}

/** The events and trainings under the current filters, year by year. */
export function Timeline({ model, records, recordHref, onOpenRecord }: TimelineProps) {
  const { t, formatNumber } = useI18n();
  const years = useMemo(() => timelineByYear(records), [records]);
  if (years.length === 0) return <p>{t('timeline.empty')}</p>;
  return (
    <div className="timeline">
      <h2>{t('timeline.heading')}</h2>
      {years.map(({ year, items }) => (
        <section key={year} className="timeline-year" aria-labelledby={`timeline-${year}`}>
          <h3 id={`timeline-${year}`}>
            {formatNumber(year, { useGrouping: false })}{' '}
            <span className="timeline-count">{t('timeline.count', { count: items.length })}</span>
          </h3>
          <ol>
            {items.map((record) => (
              <li key={record.id} className={`timeline-item timeline-${record.type}`}>
                <span className="timeline-date">
                  <PeriodText period={record.period} />
                </span>
                <span className="timeline-kind">{t(`type.${record.type}`)}</span>
                <RecordLink href={recordHref(record.id)} onOpen={() => onOpenRecord(record.id)}>
                  {record.title}
                </RecordLink>
                <span className="timeline-place">{placeName(model, record.place)}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
