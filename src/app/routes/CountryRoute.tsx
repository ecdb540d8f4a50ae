import { lazy, Suspense, useMemo } from 'react';
import { LazyCooperationMap } from '../../features/map/LazyCooperationMap';
import { recordsInvolving } from '../../data/selectors/country-profile';
import { filterRecords } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { CountryProfileView } from '../../features/briefing/CountryProfileView';
import { RecordDetail } from '../../features/record-detail/RecordDetail';
import { useBriefingNavigation } from './briefing-navigation';
import { PanelFallback } from './PanelFallback';

const ChartGallery = lazy(() => import('../../features/charts/ChartGallery'));

/** A country's profile (?view=country&c=KHM) under the filters in the URL, with its map and charts. */
export default function CountryRoute({ model, country }: { model: DatasetModel; country: string }) {
  const { state, navigation, closeRecord, setMapView, permalink } = useBriefingNavigation();
  const records = useMemo(() => filterRecords(model, state.filter), [model, state.filter]);
  const countryRecords = useMemo(() => recordsInvolving(model, records, country), [model, records, country]);
  return (
    <>
      <CountryProfileView
        model={model}
        iso3={country}
        records={countryRecords}
        filter={state.filter}
        permalink={permalink}
        navigation={navigation}
        map={
          <Suspense fallback={<PanelFallback />}>
            <LazyCooperationMap
              model={model}
              records={countryRecords}
              selectedCountry={country}
              view={state.map}
              // Another country on this map opens what the two do together.
              onSelectCountry={(iso3) => {
                if (iso3 !== null && iso3 !== country) navigation.openPair(country, iso3);
              }}
              onViewChange={setMapView}
              recordHref={navigation.recordHref}
              onOpenRecord={navigation.openRecord}
            />
          </Suspense>
        }
        charts={
          <Suspense fallback={<PanelFallback />}>
            <ChartGallery model={model} records={countryRecords} />
          </Suspense>
        }
      />
      {state.openRecord !== null && model.recordsById.has(state.openRecord) && (
        <RecordDetail model={model} recordId={state.openRecord} onClose={closeRecord} />
      )}
    </>
  );
}
