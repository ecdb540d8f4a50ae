import { useMemo } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import { countryProfile, recordsInvolving } from '../../data/selectors/country-profile';
import type { RecordFilter } from '../../data/selectors/filter';
import { numberSources } from '../../data/selectors/footnotes';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { BriefingCard } from './BriefingCard';
import { countryFigureCitations } from './citations';
import { CountryFigures } from './CountryFigures';

interface CountryCardProps {
  model: DatasetModel;
  iso3: string;
  /** The records under the card's filters; the card keeps those that involve the country. */
  records: CooperationRecord[];
  filter: RecordFilter;
}

/** A country's headline figures and their sources, small enough for a partner's sidebar. */
export function CountryCard({ model, iso3, records, filter }: CountryCardProps) {
  const { t } = useI18n();
  // The same two steps as the profile page (CountryRoute, then CountryProfileView), so the figures agree.
  const profile = useMemo(
    () => countryProfile(model, recordsInvolving(model, records, iso3), iso3),
    [model, records, iso3],
  );
  const numbering = useMemo(() => numberSources(countryFigureCitations(profile)), [profile]);
  return (
    <BriefingCard
      model={model}
      filter={filter}
      kicker={t('briefing.country.kicker')}
      title={countryName(model, iso3)}
      numbering={numbering}
    >
      <CountryFigures model={model} profile={profile} />
    </BriefingCard>
  );
}
