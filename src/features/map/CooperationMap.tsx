import 'leaflet/dist/leaflet.css';
import './map.css';
import { useQuery } from '@tanstack/react-query';
import type { BriefLinks } from '../../components/brief-links';
import type { MapRecordLinks } from '../../components/record-links';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { CountryLink } from '../../data/selectors/links';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { useDarkScheme } from '../../components/theme-colours';
import { SHADE_PALETTES } from './geo/shading';
import type { MapView } from '../../view-state/view-state';
import { CountryList } from './CountryList';
import { CountrySummary } from './CountrySummary';
import { FlowList } from './FlowList';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { MapTable } from './MapTable';
import { MapSummary } from './MapSummary';
import { PanelFallback } from '../../app/routes/PanelFallback';
import { BasemapFailure } from './BasemapFailure';
import { flowsToDraw } from './drawn-flows';
import { useMapData } from './use-map-data';
import { worldFromTopology, type World } from './world';
import { worldTopologyQuery } from './world-source';

export interface CooperationMapProps {
  model: DatasetModel;
  /** The records under the current filters. */
  records: CooperationRecord[];
  selectedCountry: string | null;
  /** The countries the filters narrow to: with the selected one, what a fit keeps on screen. */
  focusCountries?: readonly string[];
  /** Null: fit the data. */
  view: MapView | null;
  onSelectCountry: (iso3: string | null) => void;
  onViewChange: (view: MapView) => void;
  /** The href that opens a record's full detail (for links in marker summaries). */
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
  /** False draws a static map (for embeds that want a picture, not a tool). Default true. */
  interactive?: boolean;
  /** The flow picked on the map or in the list ("JPN-UKR"); without it the map keeps its own. */
  selectedFlow?: string | null;
  onSelectFlow?: (flow: string | null) => void;
  /** Links from the selected country and flow to the records behind them (explore only). */
  recordLinks?: MapRecordLinks;
  /** Links from the selected country to its profile and from a flow to its pair's brief (explore only). */
  briefLinks?: BriefLinks;
  /**
   * "compact" (embeds): the map and legend in one column, the lists and table behind one toggle, so a
   * partner's page gets a frame about as tall as the map. Default "full": the lists beside the map.
   */
  layout?: 'full' | 'compact';
}

/**
 * The explore view's map: countries shaded by their records, flows from provider to recipient,
 * clustered places of training and events, and beside it the same countries and flows as lists
 * (the keyboard's and the screen reader's way in) and the selected country's summary.
 * Default export: LazyCooperationMap loads it on demand, with Leaflet, while the basemap is fetched.
 */
export default function CooperationMap(props: CooperationMapProps) {
  const basemap = useQuery(worldTopologyQuery);
  const world = useMemo(() => (basemap.data ? worldFromTopology(basemap.data) : null), [basemap.data]);
  if (world !== null) return <CooperationMapWithWorld {...props} world={world} />;
  if (basemap.isError)
    return (
      <BasemapFailure
        error={basemap.error}
        retrying={basemap.isFetching}
        onRetry={() => void basemap.refetch()}
      />
    );
  return <PanelFallback />;
}

function CooperationMapWithWorld(props: CooperationMapProps & { world: World }) {
  const { model, records, selectedCountry, onSelectCountry, world } = props;
  const { t } = useI18n();
  const dark = useDarkScheme();
  const focusKey = [...new Set([selectedCountry ?? '', ...(props.focusCountries ?? [])])]
    .filter((iso3) => iso3 !== '')
    .join(',');
  // Keyed by content: a new array with the same countries must not refit the map.
  const focus = useMemo(() => (focusKey === '' ? [] : focusKey.split(',')), [focusKey]);
  const palette = dark ? SHADE_PALETTES.dark : SHADE_PALETTES.light;
  const data = useMapData(model, records, world, palette, focus);
  const helpId = useId();
  const listsId = useId();
  const compact = props.layout === 'compact';
  const [listsOpen, setListsOpen] = useState(false);
  const [placesShown, setPlacesShown] = useState(false);
  const showLists = !compact || listsOpen;
  const listsToggle = useRef<HTMLButtonElement>(null);
  // The explore view keeps the selected flow in the URL; embeds and briefs keep it here.
  const [ownHighlight, setOwnHighlight] = useState<string | null>(null);
  const highlight = props.onSelectFlow !== undefined ? (props.selectedFlow ?? null) : ownHighlight;
  const setHighlight = props.onSelectFlow ?? setOwnHighlight;
  // A highlight for a flow the filters have since removed is simply not shown.
  const highlightedFlow = data.flows.some((flow) => flow.key === highlight) ? highlight : null;
  const drawnFlows = useMemo(
    () => flowsToDraw(data.flows, selectedCountry, highlightedFlow),
    [data.flows, selectedCountry, highlightedFlow],
  );

  // Counting a country's records filters the whole dataset: once per selection, not per hover.
  const countryRecords = useMemo(
    () => (selectedCountry === null ? undefined : props.recordLinks?.country(selectedCountry)),
    [props.recordLinks, selectedCountry],
  );

  const name = useCallback((iso3: string) => countryName(model, iso3), [model]);
  const countryLabel = useCallback(
    (iso3: string, count: number) => t('map.countries.item', { name: name(iso3), count }),
    [t, name],
  );
  const flowLabel = useCallback(
    (link: CountryLink) =>
      t('map.flows.item', { from: name(link.from), to: name(link.to), count: link.count }),
    [t, name],
  );
  // "Clear selection" removes the summary that holds it: focus goes to the country in the list
  // below rather than falling to the page's top, which would lose a keyboard reader's place.
  const side = useRef<HTMLElement>(null);
  const focusAfterClear = useRef<string | null>(null);
  useEffect(() => {
    const cleared = focusAfterClear.current;
    if (cleared === null || selectedCountry !== null) return;
    focusAfterClear.current = null;
    const buttons = side.current?.querySelectorAll<HTMLButtonElement>('.map-list-button[data-country]') ?? [];
    const target = [...buttons].find((button) => button.dataset.country === cleared) ?? buttons[0];
    // A compact map with its lists folded has no country button: its toggle keeps the reader's place.
    (target ?? listsToggle.current)?.focus();
  }, [selectedCountry]);
  const clearSelection = () => {
    focusAfterClear.current = selectedCountry;
    onSelectCountry(null);
  };

  // Clicking the selected country again clears the selection.
  const toggleCountry = useCallback(
    (iso3: string) => onSelectCountry(iso3 === selectedCountry ? null : iso3),
    [onSelectCountry, selectedCountry],
  );

  return (
    <div className={compact ? 'coop-map coop-map-compact' : 'coop-map'}>
      <MapSummary involvement={data.involvement} links={data.links} name={name} />
      <div className="coop-map-layout">
        <div className="coop-map-main">
          <p id={helpId} className="visually-hidden">
            {compact ? t('map.keyboardHelpCompact') : t('map.keyboardHelp')}
          </p>
          <MapCanvas
            model={model}
            records={records}
            world={world}
            flows={drawnFlows}
            data={data}
            selectedCountry={selectedCountry}
            highlightedFlow={highlightedFlow}
            view={props.view}
            helpId={helpId}
            countryLabel={countryLabel}
            flowLabel={flowLabel}
            onSelectCountry={toggleCountry}
            onViewChange={props.onViewChange}
            recordHref={props.recordHref}
            onOpenRecord={props.onOpenRecord}
            interactive={props.interactive ?? true}
            placesShown={placesShown}
            onSelectFlow={setHighlight}
          />
          <MapLegend
            classes={data.classes}
            maxLinks={data.links[0]?.count ?? 0}
            hasFlows={data.flows.length > 0}
            hasPlaces={data.hasPlaces}
            hasApproximatePlaces={data.hasApproximatePlaces}
            withoutCoordinates={data.withoutCoordinates}
            flowsNotDrawn={data.links.length - data.flows.length}
            weakerFlowsNotDrawn={data.flows.length - drawnFlows.length}
            flowsDrawn={drawnFlows.length}
            placesShown={placesShown}
            onShowPlaces={setPlacesShown}
          />
          {compact ? (
            <button
              type="button"
              className="coop-map-lists-toggle"
              ref={listsToggle}
              aria-expanded={listsOpen}
              aria-controls={listsId}
              onClick={() => setListsOpen(!listsOpen)}
            >
              {listsOpen ? t('map.table.hide') : t('map.compact.show')}
            </button>
          ) : (
            <MapTable involvement={data.involvement} links={data.links} name={name} />
          )}
        </div>
        <aside className="coop-map-side" aria-label={t('map.side')} ref={side}>
          {selectedCountry !== null && (
            <CountrySummary
              model={model}
              records={records}
              iso3={selectedCountry}
              recordCount={data.countsByIso3.get(selectedCountry) ?? 0}
              name={name}
              onClear={clearSelection}
              briefLinks={props.briefLinks}
              recordsLink={countryRecords}
            />
          )}
          <div id={listsId} className="coop-map-lists" hidden={!showLists}>
            {showLists && (
              <>
                {compact && <MapTable involvement={data.involvement} links={data.links} name={name} />}
                <CountryList
                  involvement={data.involvement}
                  selectedCountry={selectedCountry}
                  name={name}
                  onSelectCountry={onSelectCountry}
                />
                <FlowList
                  links={data.links}
                  highlighted={highlightedFlow}
                  label={flowLabel}
                  onHighlight={setHighlight}
                  name={name}
                  briefLinks={props.briefLinks}
                  recordLinks={props.recordLinks}
                  model={model}
                />
              </>
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}
