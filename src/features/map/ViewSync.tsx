import { latLngBounds, point, type LatLngBoundsLiteral, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapView } from '../../view-state/view-state';
import { FIT_MAX_ZOOM, WORLD_VIEW } from './map-options';
import { sameView } from './view-sync';

/** What a map without a view from the URL fits. */
export interface MapFit {
  /** Everything involved; null when nothing is. */
  bounds: LatLngBoundsLiteral | null;
  /** The selected or filtered countries, fitted instead when `bounds` is too wide for the map. */
  focus: LatLngBoundsLiteral | null;
}

interface ViewSyncProps {
  /** Null: fit `fit` (or the world when there is nothing to fit). */
  view: MapView | null;
  /** Memoise on its content: a new one refits a map whose view is null. */
  fit: MapFit;
  /** False when the reader asked for less motion: refits then jump instead of glide. */
  animate: boolean;
  onViewChange: (view: MapView) => void;
}

const PADDING: [number, number] = [24, 24];
/**
 * With a selected or filtered country, everything involved is fitted only if it fits at this zoom;
 * further out (a phone) the focus is fitted instead, so the country is big enough to read. The map
 * itself zooms out further (MIN_ZOOM), to fit all the data when nothing is selected.
 */
const FOCUS_OVER_ZOOM = 1;

/**
 * Keeps the map and the URL in step. MapContainer reads its view only on mount, so later changes
 * of `view` (back/forward, a pasted link) are applied here, and only when the map is not already
 * there. Moves the map makes on its own (fitting the data, a resize) are not reported, so opening
 * the page does not write a view into the URL; moves by the reader are.
 */
export function ViewSync({ view, fit, animate, onViewChange }: ViewSyncProps) {
  const map = useMap();
  // Set before a move of our own; the moveend that ends it clears it (at once, or after a glide).
  const programmatic = useRef(false);
  const last = useRef<MapView | null>(null);
  const mounted = useRef(false);
  const resized = useRef(false);

  useMapEvents({
    // A resize (window, phone rotation) moves the map by itself: its moveend is not the reader's.
    resize: () => {
      resized.current = true;
    },
    moveend: () => {
      const now = currentView(map);
      if (programmatic.current || resized.current) {
        programmatic.current = false;
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
    // The first fit is the page opening: no glide. Later ones follow a change of filter or selection.
    const glide = animate && mounted.current;
    mounted.current = true;
    if (view !== null && sameView(currentView(map), view)) {
      last.current = currentView(map);
      return;
    }
    // Leaflet ends every setView with a moveend (a zero pan included), which clears the flag.
    programmatic.current = true;
    if (view !== null) map.setView([view.lat, view.lon], view.zoom, { animate: false });
    else {
      const target = fitTarget(map, fit);
      if (target !== null) map.fitBounds(target, { animate: glide, padding: PADDING, maxZoom: FIT_MAX_ZOOM });
      else map.setView([WORLD_VIEW.lat, WORLD_VIEW.lon], WORLD_VIEW.zoom, { animate: false });
    }
    if (!glide) programmatic.current = false;
    last.current = currentView(map);
  }, [map, view, fit, animate]);

  return null;
}

/**
 * All that is involved when it fits at the map's widest zoom; otherwise (a phone, a narrow embed,
 * partners on every continent) the focus alone, so a selected country is never cut off.
 */
function fitTarget(map: LeafletMap, { bounds, focus }: MapFit): LatLngBoundsLiteral | null {
  if (bounds === null || focus === null) return bounds ?? focus;
  return zoomToFit(map, bounds) >= FOCUS_OVER_ZOOM ? bounds : focus;
}

// Leaflet's getBoundsZoom clamps to the zoom range, which would hide that a box does not fit.
function zoomToFit(map: LeafletMap, bounds: LatLngBoundsLiteral): number {
  const box = latLngBounds(bounds);
  const zoom = map.getZoom();
  const northWest = map.project(box.getNorthWest(), zoom);
  const southEast = map.project(box.getSouthEast(), zoom);
  const room = map.getSize().subtract(point(PADDING[0] * 2, PADDING[1] * 2));
  const scale = Math.min(
    room.x / Math.max(southEast.x - northWest.x, 1e-9),
    room.y / Math.max(southEast.y - northWest.y, 1e-9),
  );
  return map.getScaleZoom(scale, zoom);
}

/** The map's view as the URL holds it: the centre's longitude wrapped into [-180, 180]. */
function currentView(map: LeafletMap): MapView {
  const center = map.getCenter().wrap();
  return { lat: center.lat, lon: center.lng, zoom: map.getZoom() };
}
