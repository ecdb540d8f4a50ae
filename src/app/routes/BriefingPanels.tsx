import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { usePrintMedia } from '../../components/use-print-media';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { EmbedDialog, type EmbedCardTarget } from '../../features/embed-dialog/EmbedDialog';
import { LazyCooperationMap } from '../../features/map/LazyCooperationMap';
import { RecordDetail } from '../../features/record-detail/RecordDetail';
import { serializeViewState } from '../../view-state/url-codec';
import { DEFAULT_VIEW_STATE } from '../../view-state/view-state';
import type { useBriefingNavigation } from './briefing-navigation';
import { PanelFallback } from './PanelFallback';
import { usePartyLinks } from './party-links';

const ChartGallery = lazy(() => import('../../features/charts/ChartGallery'));
// The printed map needs the basemap's geometry code, which stays out of the page's first chunk.
const loadStaticBriefMap = () => import('../../features/map/StaticBriefMap');
const StaticBriefMap = lazy(loadStaticBriefMap);

interface BriefingPanelsProps {
  model: DatasetModel;
  /** What the briefing's own map and charts show. */
  records: CooperationRecord[];
  /** The countries the briefing is about, which its printed map marks. */
  focus: string[];
  /** The country the map holds selected, if any. */
  selectedCountry: string | null;
  /** What choosing a country on this map does: each briefing leads somewhere of its own. */
  onSelectCountry: (iso3: string | null) => void;
  briefing: ReturnType<typeof useBriefingNavigation>;
  /**
   * The briefing's card, which its Embed dialog offers. The card, not the map: the explore filters
   * cannot say "records involving this country" or "both countries", so a map embed could not
   * reproduce the briefing's map.
   */
  card: EmbedCardTarget;
  /** Renders the briefing with its map, charts and Embed dialog in the places it chooses. */
  children: (panels: {
    map: ReactNode;
    printMap: ReactNode;
    charts: ReactNode;
    embed: ReactNode;
  }) => ReactNode;
}

/**
 * What a country profile and a two-country brief share: the map and the charts of their records,
 * each loaded on demand, the Embed dialog offering their card, and the record dialog the URL may
 * hold open.
 */
export function BriefingPanels({
  model,
  records,
  focus,
  selectedCountry,
  onSelectCountry,
  briefing,
  card,
  children,
}: BriefingPanelsProps) {
  const { state, navigation, closeRecord, setMapView } = briefing;
  const partyLinks = usePartyLinks();
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
  // The paper map is drawn only for printing; its code is fetched ahead, so that on beforeprint it renders at once.
  const printing = usePrintMedia();
  useEffect(() => {
    loadStaticBriefMap().catch(() => undefined);
  }, []);
  const printMap = printing && (
    <Suspense fallback={null}>
      <StaticBriefMap model={model} records={records} focus={focus} />
    </Suspense>
  );
  const charts = (
    <Suspense fallback={<PanelFallback />}>
      <ChartGallery model={model} records={records} />
    </Suspense>
  );
  const embed = (
    <EmbedDialog
      viewSearch={serializeViewState({ ...DEFAULT_VIEW_STATE, filter: state.filter })}
      card={card}
      localData={state.localData}
    />
  );
  return (
    <>
      {children({ map, printMap, charts, embed })}
      {state.openRecord !== null && model.recordsById.has(state.openRecord) && (
        <RecordDetail
          model={model}
          recordId={state.openRecord}
          onClose={closeRecord}
          partyLinks={partyLinks}
        />
      )}
    </>
  );
}
