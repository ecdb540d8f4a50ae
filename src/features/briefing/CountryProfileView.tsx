import { useMemo, type ReactNode } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import { countryProfile } from '../../data/selectors/country-profile';
import type { RecordFilter } from '../../data/selectors/filter';
import { numberSources } from '../../data/selectors/footnotes';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { timelineByYear } from '../../data/selectors/timeline';
import { useI18n } from '../../i18n/i18n-context';
import type { PrintLayout } from '../../view-state/view-state';
import { BriefingPage } from './BriefingPage';
import { BriefTimeline } from './BriefTimeline';
import { ScreenOnlySection } from './ScreenOnlySection';
import { countryCitations } from './citations';
import { CountryFigures } from './CountryFigures';
import { CountryFunding } from './CountryFunding';
import { CountryPartners } from './CountryPartners';
import type { BriefingNavigation } from './navigation';
import { PrintFigures } from './PrintFigures';

interface CountryProfileViewProps {
  model: DatasetModel;
  iso3: string;
  /** The records under the current filters; the profile keeps those that involve the country. */
  records: CooperationRecord[];
  filter: RecordFilter;
  permalink: string;
  navigation: BriefingNavigation;
  /** The map and charts of the country's records, composed by the route. */
  map: ReactNode;
  charts: ReactNode;
  /** Screen-only toolbar actions (the Embed dialog), composed by the route. */
  actions?: ReactNode;
  /** The map and main chart drawn for paper (static SVG), composed by the route. */
  printMap: ReactNode;
  printLayout: PrintLayout;
  onPrintLayoutChange: (layout: PrintLayout) => void;
}

/** A country's profile: who it works with, in which roles, what it gave and received, and when. */
export function CountryProfileView(props: CountryProfileViewProps) {
  const { model, iso3, records, navigation } = props;
  const { t } = useI18n();
  const profile = useMemo(() => countryProfile(model, records, iso3), [model, records, iso3]);
  const timeline = useMemo(() => timelineByYear(profile.records), [profile]);
  const numbering = useMemo(() => numberSources(countryCitations(profile, timeline)), [profile, timeline]);
  // The pair picker suggests the main partner, or any other country when there is none.
  const suggestedPartner =
    profile.partners.list[0]?.iso3 ??
    model.dataset.countries.find((country) => country.iso3 !== iso3)?.iso3 ??
    iso3;
  // Key figures first: on a phone the profile runs to many screens, and they are what most readers want.
  const contents = [
    { id: 'briefing-figures-heading', label: t('briefing.figures.heading') },
    { id: 'briefing-funding-heading', label: t('briefing.funding.heading') },
    { id: 'briefing-map-heading', label: t('briefing.map.heading') },
    { id: 'briefing-partners-heading', label: t('briefing.partners.heading') },
    { id: 'briefing-timeline-heading', label: t('briefing.timeline.heading') },
    { id: 'briefing-charts-heading', label: t('briefing.charts.heading') },
    { id: 'briefing-notes-heading', label: t('briefing.notes.heading') },
  ];
  return (
    <BriefingPage
      model={model}
      filter={props.filter}
      permalink={props.permalink}
      kicker={t('briefing.country.kicker')}
      title={countryName(model, iso3)}
      focus={[iso3]}
      suggestedPartner={suggestedPartner}
      navigation={navigation}
      numbering={numbering}
      actions={props.actions}
      printLayout={props.printLayout}
      onPrintLayoutChange={props.onPrintLayoutChange}
      contents={contents}
    >
      <CountryFigures model={model} profile={profile} />
      {/* Before the funding, which fills only half a row: on one page the small map sits beside it. */}
      <PrintFigures map={props.printMap} records={profile.records} />
      <CountryFunding
        model={model}
        iso3={iso3}
        given={profile.fundingGiven}
        received={profile.fundingReceived}
      />
      <ScreenOnlySection id="map" heading={t('briefing.map.heading')}>
        {props.map}
      </ScreenOnlySection>
      <div className="print-full-only">
        <CountryPartners model={model} iso3={iso3} partners={profile.partners.list} navigation={navigation} />
        <BriefTimeline model={model} years={timeline} navigation={navigation} />
      </div>
      <ScreenOnlySection id="charts" heading={t('briefing.charts.heading')}>
        {props.charts}
      </ScreenOnlySection>
    </BriefingPage>
  );
}
