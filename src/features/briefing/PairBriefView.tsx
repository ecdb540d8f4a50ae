import { useMemo, type ReactNode } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { RecordFilter } from '../../data/selectors/filter';
import { numberSources } from '../../data/selectors/footnotes';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { recordsInvolvingBoth } from '../../data/selectors/pair';
import { pairSummary } from '../../data/selectors/pair-summary';
import { timelineByYear } from '../../data/selectors/timeline';
import { useI18n } from '../../i18n/i18n-context';
import { BriefingPage } from './BriefingPage';
import { BriefTimeline } from './BriefTimeline';
import { ScreenOnlySection } from './ScreenOnlySection';
import { pairCitations } from './citations';
import type { BriefingNavigation } from './navigation';
import { PairKeyFigures } from './PairKeyFigures';
import { PairRecordList, sortForList } from './PairRecordList';
import { PairSummaryText } from './PairSummaryText';

interface PairBriefViewProps {
  model: DatasetModel;
  countries: [string, string];
  /** The records under the current filters; the brief keeps those that involve both countries. */
  records: CooperationRecord[];
  filter: RecordFilter;
  permalink: string;
  navigation: BriefingNavigation;
  map: ReactNode;
  charts: ReactNode;
  /** Screen-only toolbar actions (the Embed dialog), composed by the route. */
  actions?: ReactNode;
}

/** What two countries do together: a summary in words, key figures, every shared record, and sources. */
export function PairBriefView(props: PairBriefViewProps) {
  const { model, records, navigation } = props;
  const [a, b] = props.countries;
  const { t } = useI18n();
  const summary = useMemo(() => pairSummary(model, records, a, b), [model, records, a, b]);
  const listed = useMemo(
    () => sortForList(recordsInvolvingBoth(model, records, a, b)),
    [model, records, a, b],
  );
  const timeline = useMemo(() => timelineByYear(listed), [listed]);
  const numbering = useMemo(
    () => numberSources(pairCitations(summary, listed, timeline)),
    [summary, listed, timeline],
  );
  return (
    <BriefingPage
      model={model}
      filter={props.filter}
      permalink={props.permalink}
      kicker={t('briefing.pair.kicker')}
      title={t('briefing.pair.title', { a: countryName(model, a), b: countryName(model, b) })}
      focus={[a, b]}
      suggestedPartner={b}
      navigation={navigation}
      numbering={numbering}
      actions={props.actions}
    >
      <PairSummaryText model={model} summary={summary} />
      <PairKeyFigures model={model} summary={summary} />
      <ScreenOnlySection id="map" heading={t('briefing.map.heading')}>
        {props.map}
      </ScreenOnlySection>
      <PairRecordList model={model} records={listed} navigation={navigation} />
      <BriefTimeline model={model} years={timeline} navigation={navigation} />
      <ScreenOnlySection id="charts" heading={t('briefing.charts.heading')}>
        {props.charts}
      </ScreenOnlySection>
    </BriefingPage>
  );
}
