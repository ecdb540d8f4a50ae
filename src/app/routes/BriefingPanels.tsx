import { lazy, Suspense, type ReactNode } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { LazyCooperationMap } from '../../features/map/LazyCooperationMap';
import { RecordDetail } from '../../features/record-detail/RecordDetail';
import type { useBriefingNavigation } from './briefing-navigation';
import { PanelFallback } from './PanelFallback';

const ChartGallery = lazy(() => import('../../features/charts/ChartGallery'));

interface BriefingPanelsProps {
  model: DatasetModel;
  /** What the briefing's own map and charts show. */
  records: CooperationRecord[];
  /** The country the map holds selected, if any. */
  selectedCountry: string | null;
  /** What choosing a country on this map does: each briefing leads somewhere of its own. */
  onSelectCountry: (iso3: string | null) => void;
  briefing: ReturnType<typeof useBriefingNavigation>;
  /** Renders the briefing with its map and charts panels in the places it chooses. */
  children: (panels: { map: ReactNode; charts: ReactNode }) => ReactNode;
}

/**
 * What a country profile and a two-country brief share: the map and the charts of their records,
 * each loaded on demand, and the record dialog the URL may hold open.
 */
export function BriefingPanels({
  model,
  records,
  selectedCountry,
  onSelectCountry,
  briefing,
  children,
}: BriefingPanelsProps) {
  const { state, navigation, closeRecord, setMapView } = briefing;
  const map = (
    <Suspense fallback={<PanelFallback />}>
      <LazyCooperationMap
        model={model}
        records={records}
        selectedCountry={selectedCountry}
        view={state.map}
        onSelectCountry={onSelectCountry}
        onViewChange={setMapView}
        recordHref={navigation.recordHref}
        onOpenRecord={navigation.openRecord}
      />
    </Suspense>
  );
  const charts = (
    <Suspense fallback={<PanelFallback />}>
      <ChartGallery model={model} records={records} />
    </Suspense>
  );
  return (
    <>
      {children({ map, charts })}
      {state.openRecord !== null && model.recordsById.has(state.openRecord) && (
        <RecordDetail model={model} recordId={state.openRecord} onClose={closeRecord} />
      )}
    </>
  );
}
