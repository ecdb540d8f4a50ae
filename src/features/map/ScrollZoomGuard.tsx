import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

interface ScrollZoomGuardProps {
  /** Called with true when a reader wheels over the inactive map, and false when the hint should go. */
  onHint: (show: boolean) => void;
}

const HINT_MS = 1500;
// One notch of a mouse wheel is about 100 pixels of delta; a trackpad pinch sends many small ones.
const DELTA_PER_ZOOM_STEP = 100;

/**
 * Keeps the map from trapping the page's scrolling: the wheel zooms the map only while the map
 * has focus (a click or Tab gives it focus), or with Ctrl/⌘ held. A plain wheel over an inactive
 * map scrolls the page and asks for the hint instead.
 */
export function ScrollZoomGuard({ onHint }: ScrollZoomGuardProps) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delta = 0;

    const activate = () => {
      map.scrollWheelZoom.enable();
      onHint(false);
    };
    const deactivate = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
      map.scrollWheelZoom.disable();
    };
    const onWheel = (event: WheelEvent) => {
      if (map.scrollWheelZoom.enabled()) return;
      if (event.ctrlKey || event.metaKey) {
        // Ctrl + wheel would zoom the whole page; here it zooms the map instead.
        event.preventDefault();
        delta += event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 40 : event.deltaY;
        if (Math.abs(delta) >= DELTA_PER_ZOOM_STEP) {
          map.setZoomAround(map.mouseEventToContainerPoint(event), map.getZoom() + (delta < 0 ? 1 : -1));
          delta = 0;
        }
        return;
      }
      onHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => onHint(false), HINT_MS);
    };

    container.addEventListener('wheel', onWheel, { passive: false });
    container.addEventListener('focusin', activate);
    container.addEventListener('focusout', deactivate);
    return () => {
      clearTimeout(timer);
      container.removeEventListener('wheel', onWheel);
      container.removeEventListener('focusin', activate);
      container.removeEventListener('focusout', deactivate);
    };
  }, [map, onHint]);
  return null;
}
