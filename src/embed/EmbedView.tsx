import { lazy, useMemo, useState } from 'react';
import { LazyCooperationMap } from '../features/map/LazyCooperationMap';
import { filterRecords } from '../data/selectors/filter';
import type { DatasetModel } from '../data/selectors/model';
import { isChartId } from '../components/chart-ids';
import { useI18n } from '../i18n/i18n-context';
import { serializeViewState } from '../view-state/url-codec';
import type { MapView } from '../view-state/view-state';
import type { ParsedEmbed } from './embed-params';

// Each embed loads only what it shows: the map embed never downloads Recharts, nor a chart Leaflet.
const SingleChart = lazy(() => import('../features/charts/SingleChart'));
const EmbedCard = lazy(() => import('./EmbedCard'));

/** The one view an embed shows, over the records its URL's filters select. */
export function EmbedView({ model, embed }: { model: DatasetModel; embed: ParsedEmbed }) {
  const { t } = useI18n();
  const { options, view, card } = embed;
  const records = useMemo(() => filterRecords(model, view.filter), [model, view.filter]);
  // Inside someone else's page the embed keeps its selection to itself; the host's URL is not ours.
  const [selectedCountry, setSelectedCountry] = useState(view.selectedCountry);
  const [mapView, setMapView] = useState<MapView | null>(view.map);
  // Memoised: a new array on every pan would make the map rebuild its place index each time.
  const mapRecords = useMemo(
    () =>
      selectedCountry === null
        ? records
        : filterRecords(model, { ...view.filter, countries: [selectedCountry] }),
    [model, records, view.filter, selectedCountry],
  );
  const fullRecordUrl = (recordId: string) =>
    new URL(`./${serializeViewState({ ...view, openRecord: recordId })}`, document.baseURI).href;

  // Its lazy views suspend up to EmbedApp's boundary, which holds the footer back with them.
  return (
    <>
      {options.kind === 'map' && (
        <LazyCooperationMap
          model={model}
          records={mapRecords}
          selectedCountry={selectedCountry}
          view={mapView}
          onSelectCountry={setSelectedCountry}
          onViewChange={setMapView}
          recordHref={fullRecordUrl}
          onOpenRecord={(recordId) => window.open(fullRecordUrl(recordId), '_blank', 'noopener,noreferrer')}
          interactive={options.interactive}
          layout={options.layout}
        />
      )}
      {options.kind === 'chart' &&
        (isChartId(options.chart) ? (
          <SingleChart
            model={model}
            records={records}
            chart={options.chart}
            filter={view.filter}
            initialOptions={view.charts}
          />
        ) : (
          <p className="embed-problem">{t('embed.unknownChart')}</p>
        ))}
      {(options.kind === 'country' || options.kind === 'pair') && card !== null && (
        <EmbedCard model={model} kind={options.kind} focus={card} records={records} filter={view.filter} />
      )}
    </>
  );
}
