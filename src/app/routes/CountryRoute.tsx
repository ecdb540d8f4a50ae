import { useMemo } from 'react';
import { recordsInvolving } from '../../data/selectors/country-profile';
import { filterRecords } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { CountryProfileView } from '../../features/briefing/CountryProfileView';
import { useI18n } from '../../i18n/i18n-context';
import { useBriefingNavigation } from './briefing-navigation';
import { BriefingPanels } from './BriefingPanels';

/** A country's profile (?view=country&c=KHM) under the filters in the URL, with its map and charts. */
export default function CountryRoute({ model, country }: { model: DatasetModel; country: string }) {
  const { t } = useI18n();
  const briefing = useBriefingNavigation();
  const { state, navigation, permalink } = briefing;
  const records = useMemo(() => filterRecords(model, state.filter), [model, state.filter]);
  const countryRecords = useMemo(() => recordsInvolving(model, records, country), [model, records, country]);
  return (
    <BriefingPanels
      model={model}
      records={countryRecords}
      focus={[country]}
      selectedCountry={country}
      // Another country on this map opens what the two do together.
      onSelectCountry={(iso3) => {
        if (iso3 !== null && iso3 !== country) navigation.openPair(country, iso3);
      }}
      briefing={briefing}
      card={{
        kind: 'country',
        countries: [country],
        title: t('embedDialog.titleCountry', { country: countryName(model, country) }),
      }}
    >
      {({ map, printMap, charts, embed }) => (
        <CountryProfileView
          model={model}
          iso3={country}
          records={countryRecords}
          filter={state.filter}
          permalink={permalink}
          navigation={navigation}
          actions={embed}
          map={map}
          charts={charts}
          printMap={printMap}
          printLayout={briefing.printLayout}
          onPrintLayoutChange={briefing.setPrintLayout}
        />
      )}
    </BriefingPanels>
  );
}
