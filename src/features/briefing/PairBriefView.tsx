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
import type { PrintLayout } from '../../view-state/view-state';
import { BriefingPage } from './BriefingPage';
import { BriefTimeline } from './BriefTimeline';
import { ScreenOnlySection } from './ScreenOnlySection';
import { pairCitations } from './citations';
import type { BriefingNavigation } from './navigation';
import { PairKeyFigures } from './PairKeyFigures';
import { PairRecordList, sortForList } from './PairRecordList';
import { PairSummaryText } from './PairSummaryText';
import { PrintFigures } from './PrintFigures';

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
  /** The map and main chart drawn for paper (static SVG), composed by the route. */
  printMap: ReactNode;
  printLayout: PrintLayout;
  onPrintLayoutChange: (layout: PrintLayout) => void;
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
  const contents = [
    { id: 'briefing-summary-heading', label: t('briefing.pair.summary.heading') },
    { id: 'briefing-figures-heading', label: t('briefing.figures.heading') },
    { id: 'briefing-map-heading', label: t('briefing.map.heading') },
    { id: 'briefing-records-heading', label: t('briefing.pair.records.heading') },
    { id: 'briefing-timeline-heading', label: t('briefing.timeline.heading') },
    { id: 'briefing-charts-heading', label: t('briefing.charts.heading') },
    { id: 'briefing-notes-heading', label: t('briefing.notes.heading') },
  ];
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
      printLayout={props.printLayout}
      onPrintLayoutChange={props.onPrintLayoutChange}
      contents={contents}
    >
      <PairSummaryText model={model} summary={summary} />
      <PairKeyFigures model={model} summary={summary} />
      <ScreenOnlySection id="map" heading={t('briefing.map.heading')}>
        {props.map}
      </ScreenOnlySection>
      <PrintFigures map={props.printMap} records={listed} />
      <div className="print-full-only">
        <PairRecordList model={model} records={listed} navigation={navigation} />
      </div>
      {/* On paper the record list above already gives every record with its date: no second list. */}
      <div className="no-print">
        <BriefTimeline model={model} years={timeline} navigation={navigation} />
      </div>
      <ScreenOnlySection id="charts" heading={t('briefing.charts.heading')}>
        {props.charts}
      </ScreenOnlySection>
    </BriefingPage>
  );
}
