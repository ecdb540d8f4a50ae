import { PeriodText } from '../../components/PeriodText';
import { RecordLink } from '../../components/RecordLink';
import type { TimelineYear } from '../../data/selectors/timeline';
import type { DatasetModel } from '../../data/selectors/model';
import { placeName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import type { BriefingNavigation } from './navigation';
import { NoteRef } from './NoteRef';

interface BriefTimelineProps {
  model: DatasetModel;
  years: TimelineYear[];
  navigation: BriefingNavigation;
}

/** Events and trainings in date order, one line each, with their sources: compact enough for paper. */
export function BriefTimeline({ model, years, navigation }: BriefTimelineProps) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="briefing-section briefing-timeline" aria-labelledby="briefing-timeline-heading">
      <h2 id="briefing-timeline-heading">{t('briefing.timeline.heading')}</h2>
      {years.length === 0 ? (
        <p>{t('briefing.timeline.empty')}</p>
      ) : (
        years.map(({ year, items }) => (
          <div key={year} className="brief-year">
            <h3 id={`brief-year-${year}`}>{formatNumber(year, { useGrouping: false })}</h3>
            <ol aria-labelledby={`brief-year-${year}`}>
              {items.map((record) => (
                <li key={record.id}>
                  <span className="brief-date">
                    <PeriodText period={record.period} />
                  </span>{' '}
                  <span className="brief-kind">{t(`type.${record.type}`)}</span>{' '}
                  <RecordLink
                    href={navigation.recordHref(record.id)}
                    onOpen={() => navigation.openRecord(record.id)}
                  >
                    {record.title}
                  </RecordLink>
                  <NoteRef sourceIds={record.sources} />{' '}
                  <span className="brief-place">{placeName(model, record.place)}</span>
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
