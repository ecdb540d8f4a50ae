import { useMemo } from 'react';
import { filterRecords } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { recordsInvolvingBoth } from '../../data/selectors/pair';
import { PairBriefView } from '../../features/briefing/PairBriefView';
import { useI18n } from '../../i18n/i18n-context';
import { useBriefingNavigation } from './briefing-navigation';
import { BriefingPanels } from './BriefingPanels';

/** What two countries do together (?view=pair&c=KHM,UKR) under the filters in the URL. */
export default function PairRoute({
  model,
  countries,
}: {
  model: DatasetModel;
  countries: [string, string];
}) {
  const { t } = useI18n();
  const briefing = useBriefingNavigation();
  const { state, navigation, permalink } = briefing;
  const [a, b] = countries;
  const records = useMemo(() => filterRecords(model, state.filter), [model, state.filter]);
  const pairRecords = useMemo(() => recordsInvolvingBoth(model, records, a, b), [model, records, a, b]);
  return (
    <BriefingPanels
      model={model}
      records={pairRecords}
      focus={countries}
      selectedCountry={null}
      // A country on this map opens its own profile.
      onSelectCountry={(iso3) => {
        if (iso3 !== null) navigation.openCountry(iso3);
      }}
      briefing={briefing}
      card={{
        kind: 'pair',
        countries,
        title: t('embedDialog.titlePair', { a: countryName(model, a), b: countryName(model, b) }),
      }}
    >
      {({ map, printMap, charts, embed }) => (
        <PairBriefView
          model={model}
          countries={countries}
          records={records}
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
