import type { MapView } from '../../view-state/view-state';

// The URL keeps four decimals of a degree and two of a zoom; closer than this is the same view.
const DEGREES = 2e-4;
const ZOOM = 0.01;

/** Whether two views differ by no more than the URL's rounding, so setting one over the other would only cause a loop. */
export function sameView(a: MapView, b: MapView): boolean {
  return (
    Math.abs(a.lat - b.lat) <= DEGREES &&
    Math.abs(a.lon - b.lon) <= DEGREES &&
    Math.abs(a.zoom - b.zoom) <= ZOOM
  );
}
