import type { Map as LeafletMap, Marker as LeafletMarker } from 'leaflet';
import { useMemo, useRef, useState } from 'react';
import { Marker, Popup, useMap, useMapEvents } from 'react-leaflet';
import type { DatasetModel } from '../../data/selectors/model';
import { localisedName } from '../../data/selectors/names';
import type { CooperationRecord } from '../../data/schema/records';
import type { RecordPlace } from '../../data/selectors/places';
import type { LatLon } from './geo/anchors';
import { usePlaceData } from './use-map-data';
import { useI18n } from '../../i18n/i18n-context';
import { placeItems, type PlaceIndex, type PlaceItem } from './geo/place-index';
import { MAX_ZOOM, PLACES_ZOOM } from './map-options';
import { CountIcon, markerSize } from './place-icon';
import { PlacePopupContent } from './PlacePopupContent';

interface PlaceLayerProps {
  model: DatasetModel;
  records: CooperationRecord[];
  anchorOf: (iso3: string) => LatLon | null;
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
  /** The reader asked for places at every zoom; otherwise they show from PLACES_ZOOM on. */
  shown: boolean;
}

// A margin around the view, so markers just outside it are there before a short pan reveals them.
function viewportOf(map: LeafletMap): { bbox: [number, number, number, number]; zoom: number } {
  const bounds = map.getBounds().pad(0.25);
  return {
    bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    zoom: map.getZoom(),
  };
}

/**
 * Places of training exchanges and events (and of records drawn at their country), clustered by supercluster: only the clusters and places
 * in view become Leaflet markers, so a hundred thousand records cost a few dozen markers.
 */
export function PlaceLayer(props: PlaceLayerProps) {
  const { model, records, anchorOf, recordHref, onOpenRecord, shown } = props;
  const map = useMap();
  const [viewport, setViewport] = useState(() => viewportOf(map));
  useMapEvents({ moveend: () => setViewport(viewportOf(map)) });
  const visible = shown || viewport.zoom >= PLACES_ZOOM;
  const places = usePlaceData(model, records, anchorOf, visible);
  const items = useMemo(
    () => (places === null ? [] : placeItems(places.index, viewport.bbox, viewport.zoom)),
    [places, viewport],
  );
  if (places === null) return null;
  const { index, placesByKey } = places;

  return (
    <>
      {items.map((item) =>
        item.kind === 'cluster' ? (
          <ClusterMarker key={`cluster-${item.clusterId}`} item={item} index={index} />
        ) : (
          <PlaceMarker
            key={`place-${item.key}`}
            model={model}
            place={placesByKey.get(item.key)}
            recordHref={recordHref}
            onOpenRecord={onOpenRecord}
          />
        ),
      )}
    </>
  );
}

function ClusterMarker({
  item,
  index,
}: {
  item: Extract<PlaceItem, { kind: 'cluster' }>;
  index: PlaceIndex;
}) {
  const { t, formatNumber } = useI18n();
  const map = useMap();
  const icon = useMemo(
    () =>
      new CountIcon(
        formatNumber(item.count, { notation: 'compact' }),
        t('map.cluster.label', { count: item.count, places: item.places }),
        markerSize(item.count, 'cluster'),
        'cluster',
      ),
    [item.count, item.places, t, formatNumber],
  );
  const zoomIn = () =>
    map.setView([item.lat, item.lon], Math.min(index.getClusterExpansionZoom(item.clusterId), MAX_ZOOM));
  return (
    <Marker
      position={[item.lat, item.lon]}
      icon={icon}
      eventHandlers={{
        click: zoomIn,
        keydown: (event) => {
          const key = (event.originalEvent as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            event.originalEvent.preventDefault();
            zoomIn();
          }
        },
      }}
    />
  );
}

interface PlaceMarkerProps {
  model: DatasetModel;
  place: RecordPlace | undefined;
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
}

function PlaceMarker({ model, place, recordHref, onOpenRecord }: PlaceMarkerProps) {
  const { t, formatNumber } = useI18n();
  const map = useMap();
  const marker = useRef<LeafletMarker>(null);
  const count = place?.recordIds.length ?? 0;
  const name = place ? localisedName(model, place) : '';
  const approximate = place?.approximate === true;
  const icon = useMemo(
    () =>
      new CountIcon(
        formatNumber(count, { notation: 'compact' }),
        t(approximate ? 'map.place.approximateLabel' : 'map.place.label', { name, count }),
        markerSize(count, 'place'),
        approximate ? 'approximate' : 'place',
      ),
    [count, name, approximate, t, formatNumber],
  );
  if (place === undefined) return null;
  return (
    <Marker
      ref={marker}
      position={[place.lat, place.lon]}
      icon={icon}
      eventHandlers={{
        // Leaflet opens a popup on Enter; a button also answers Space.
        keydown: (event) => {
          if ((event.originalEvent as KeyboardEvent).key === ' ') {
            event.originalEvent.preventDefault();
            marker.current?.openPopup();
          }
        },
      }}
    >
      <Popup closeButton={false} maxWidth={320} minWidth={220}>
        <PlacePopupContent
          model={model}
          place={place}
          recordHref={recordHref}
          onOpenRecord={onOpenRecord}
          onClose={() => map.closePopup()}
        />
      </Popup>
    </Marker>
  );
}
