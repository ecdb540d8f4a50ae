import { useMemo, useState } from 'react';
import { AttributionControl, MapContainer, Pane, TileLayer, ZoomControl } from 'react-leaflet';
import { usePrefersReducedMotion } from '../../components/use-prefers-reduced-motion';
import type { CooperationRecord } from '../../data/schema/records';
import type { CountryLink } from '../../data/selectors/links';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import type { MapView } from '../../view-state/view-state';
import { CountryLayer } from './CountryLayer';
import { FlowLayer } from './FlowLayer';
import { MapAccessibility } from './MapAccessibility';
import { FIT_MAX_ZOOM, MAX_ZOOM, MIN_ZOOM, WORLD_VIEW } from './map-options';
import { PlaceLayer } from './PlaceLayer';
import { ScrollZoomGuard } from './ScrollZoomGuard';
import type { DrawnFlow, MapData } from './use-map-data';
import { ViewSync } from './ViewSync';
import type { World } from './world';

// An operator may add a raster basemap at build time; by default the map needs no tile server.
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL;
const TILE_ATTRIBUTION: string = import.meta.env.VITE_TILE_ATTRIBUTION ?? '';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

interface MapCanvasProps {
  model: DatasetModel;
  /** The records under the current filters (their places are built only once shown). */
  records: CooperationRecord[];
  world: World;
  data: MapData;
  /** The flows to draw: the strongest, the selected country's and the highlighted one (drawn-flows.ts). */
  flows: DrawnFlow[];
  selectedCountry: string | null;
  highlightedFlow: string | null;
  view: MapView | null;
  helpId: string;
  countryLabel: (iso3: string, count: number) => string;
  flowLabel: (link: CountryLink) => string;
  onSelectCountry: (iso3: string) => void;
  onViewChange: (view: MapView) => void;
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
  /** False for a static picture (embeds may ask for one): no panning, zooming or scroll hint. */
  interactive: boolean;
  /** The reader asked for places at every zoom (the legend's switch). */
  placesShown: boolean;
  onSelectFlow: (key: string | null) => void;
}

/** The Leaflet map: shaded countries, flows, clustered places, and the view kept in step with the URL. */
export function MapCanvas(props: MapCanvasProps) {
  const { model, world, data, selectedCountry, highlightedFlow, view, helpId } = props;
  const { t } = useI18n();
  const [hint, setHint] = useState(false);
  // Leaflet glides when it zooms, fades tiles and coasts after a drag: none of it for readers who
  // asked for less motion (read on mount, like every MapContainer option).
  const animate = !usePrefersReducedMotion();
  // One pair of boxes per content, so ViewSync refits only when what there is to fit has changed.
  const fitKey = JSON.stringify([data.bounds, data.focusBounds]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content on purpose
  const fit = useMemo(() => ({ bounds: data.bounds, focus: data.focusBounds }), [fitKey]);
  const bounds = fit.bounds;

  // MapContainer reads these once, on mount; ViewSync follows later changes.
  const initial =
    view !== null
      ? { center: [view.lat, view.lon] as [number, number], zoom: view.zoom }
      : bounds !== null
        ? { bounds, boundsOptions: { padding: [24, 24] as [number, number], maxZoom: FIT_MAX_ZOOM } }
        : { center: [WORLD_VIEW.lat, WORLD_VIEW.lon] as [number, number], zoom: WORLD_VIEW.zoom };

  return (
    <div className="map-frame">
      <MapContainer
        className="map-canvas"
        {...initial}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        zoomSnap={0.25}
        zoomAnimation={animate}
        fadeAnimation={animate}
        markerZoomAnimation={animate}
        inertia={animate}
        scrollWheelZoom={false}
        zoomControl={false}
        attributionControl={false}
        dragging={props.interactive}
        doubleClickZoom={props.interactive}
        touchZoom={props.interactive}
        boxZoom={props.interactive}
        keyboard={props.interactive}
      >
        <MapAccessibility label={t('map.region')} describedBy={helpId} />
        {props.interactive && (
          <ZoomControl position="topleft" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        )}
        {TILE_URL !== undefined && TILE_URL !== '' && (
          <>
            <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
            <AttributionControl position="bottomright" prefix={false} />
          </>
        )}
        <CountryLayer
          world={world}
          countsByIso3={data.countsByIso3}
          classes={data.classes}
          selectedCountry={selectedCountry}
          label={props.countryLabel}
          onSelect={props.onSelectCountry}
        />
        {/* Countries, then flows, then places: each in a pane of its own above the last (Leaflet's
            overlay pane is at 400, its marker pane at 600), whatever order they are drawn in. */}
        <Pane name="map-flows" style={{ zIndex: 450 }}>
          <FlowLayer
            flows={props.flows}
            selectedCountry={selectedCountry}
            highlighted={highlightedFlow}
            label={props.flowLabel}
            onSelect={props.onSelectFlow}
          />
        </Pane>
        <PlaceLayer
          model={model}
          records={props.records}
          anchorOf={data.anchorOf}
          recordHref={props.recordHref}
          onOpenRecord={props.onOpenRecord}
          shown={props.placesShown}
        />
        <ViewSync view={view} fit={fit} animate={animate} onViewChange={props.onViewChange} />
        {props.interactive && <ScrollZoomGuard onHint={setHint} />}
      </MapContainer>
      {hint && (
        <div className="map-scroll-hint" aria-hidden="true">
          <p>{t('map.scrollHint', { mac: IS_MAC ? 'yes' : 'no' })}</p>
        </div>
      )}
    </div>
  );
}
