import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapView } from '../../view-state/view-state';
import { FIT_MAX_ZOOM, WORLD_VIEW } from './map-options';
import { sameView } from './view-sync';

interface ViewSyncProps {
  /** Null: fit `bounds` (or the world when there is nothing to fit). */
  view: MapView | null;
  /** Memoise on its content: a new box refits a map whose view is null. */
  bounds: LatLngBoundsExpression | null;
  onViewChange: (view: MapView) => void;
}

/**
 * Keeps the map and the URL in step. MapContainer reads its view only on mount, so later changes
 * of `view` (back/forward, a pasted link) are applied here, and only when the map is not already
 * there. Moves the map makes on its own (fitting the data, a resize) are not reported, so opening
 * the page does not write a view into the URL; moves by the reader are.
 */
export function ViewSync({ view, bounds, onViewChange }: ViewSyncProps) {
  const map = useMap();
  const programmatic = useRef(false);
  const last = useRef<MapView | null>(null);

  const resized = useRef(false);

  useMapEvents({
    // A resize (window, phone rotation) moves the map by itself: its moveend is not the reader's.
    resize: () => {
      resized.current = true;
    },
    moveend: () => {
      if (programmatic.current) return;
      const now = currentView(map);
      if (resized.current) {
        resized.current = false;
        last.current = now;
        return;
      }
      if (last.current !== null && sameView(now, last.current)) return;
      last.current = now;
      onViewChange(now);
    },
  });

  useEffect(() => {
    if (view !== null && sameView(currentView(map), view)) {
      last.current = currentView(map);
      return;
    }
    // Leaflet fires moveend synchronously for moves without animation, so the flag covers exactly this move.
    programmatic.current = true;
    try {
      if (view !== null) map.setView([view.lat, view.lon], view.zoom, { animate: false });
      else if (bounds !== null)
        map.fitBounds(bounds, { animate: false, padding: [24, 24], maxZoom: FIT_MAX_ZOOM });
      else map.setView([WORLD_VIEW.lat, WORLD_VIEW.lon], WORLD_VIEW.zoom, { animate: false });
    } finally {
      programmatic.current = false;
    }
    last.current = currentView(map);
  }, [map, view, bounds]);

  return null;
}

/** The map's view as the URL holds it: the centre's longitude wrapped into [-180, 180]. */
function currentView(map: LeafletMap): MapView {
  const center = map.getCenter().wrap();
  return { lat: center.lat, lon: center.lng, zoom: map.getZoom() };
}
