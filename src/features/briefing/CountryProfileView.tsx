import { useMemo, type ReactNode } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import { countryProfile } from '../../data/selectors/country-profile';
import type { RecordFilter } from '../../data/selectors/filter';
import { numberSources } from '../../data/selectors/footnotes';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { timelineByYear } from '../../data/selectors/timeline';
import { useI18n } from '../../i18n/i18n-context';
import { BriefingPage } from './BriefingPage';
import { BriefTimeline } from './BriefTimeline';
import { ScreenOnlySection } from './ScreenOnlySection';
import { countryCitations } from './citations';
import { CountryFigures } from './CountryFigures';
import { CountryFunding } from './CountryFunding';
import { CountryPartners } from './CountryPartners';
import type { BriefingNavigation } from './navigation';

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
    >
      <CountryFigures model={model} profile={profile} />
      <CountryFunding
        model={model}
        iso3={iso3}
        given={profile.fundingGiven}
        received={profile.fundingReceived}
      />
      <ScreenOnlySection id="map" heading={t('briefing.map.heading')}>
        {props.map}
      </ScreenOnlySection>
      <CountryPartners model={model} iso3={iso3} partners={profile.partners.list} navigation={navigation} />
      <BriefTimeline model={model} years={timeline} navigation={navigation} />
      <ScreenOnlySection id="charts" heading={t('briefing.charts.heading')}>
        {props.charts}
      </ScreenOnlySection>
    </BriefingPage>
  );
}
