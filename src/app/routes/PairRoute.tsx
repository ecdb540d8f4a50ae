import { lazy, Suspense, useMemo } from 'react';
import { LazyCooperationMap } from '../../features/map/LazyCooperationMap';
import { filterRecords } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { recordsInvolvingBoth } from '../../data/selectors/pair';
import { PairBriefView } from '../../features/briefing/PairBriefView';
import { RecordDetail } from '../../features/record-detail/RecordDetail';
import { useBriefingNavigation } from './briefing-navigation';
import { PanelFallback } from './PanelFallback';

const ChartGallery = lazy(() => import('../../features/charts/ChartGallery'));

/** What two countries do together (?view=pair&c=KHM,UKR) under the filters in the URL. */
export default function PairRoute({
  model,
  countries,
}: {
  model: DatasetModel;
  countries: [string, string];
}) {
  const { state, navigation, closeRecord, setMapView, permalink } = useBriefingNavigation();
  const [a, b] = countries;
  const records = useMemo(() => filterRecords(model, state.filter), [model, state.filter]);
  const pairRecords = useMemo(() => recordsInvolvingBoth(model, records, a, b), [model, records, a, b]);
  return (
    <>
      <PairBriefView
        model={model}
        countries={countries}
        records={records}
        filter={state.filter}
        permalink={permalink}
        navigation={navigation}
        map={
          <Suspense fallback={<PanelFallback />}>
            <LazyCooperationMap
              model={model}
              records={pairRecords}
              selectedCountry={null}
              view={state.map}
              // A country on this map opens its own profile.
              onSelectCountry={(iso3) => {
                if (iso3 !== null) navigation.openCountry(iso3);
              }}
              onViewChange={setMapView}
              recordHref={navigation.recordHref}
              onOpenRecord={navigation.openRecord}
            />
          </Suspense>
        }
        charts={
          <Suspense fallback={<PanelFallback />}>
            <ChartGallery model={model} records={pairRecords} />
          </Suspense>
        }
      />
      {state.openRecord !== null && model.recordsById.has(state.openRecord) && (
        <RecordDetail model={model} recordId={state.openRecord} onClose={closeRecord} />
      )}
    </>
  );
}
