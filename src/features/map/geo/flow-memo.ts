import { weakPairCache } from '../../../data/selectors/weak-pair-cache';
import type { LatLon } from './anchors';
import { flowCurve, flowShape, type FlowCurve } from './flow-geometry';

// A national dataset links thousands of country pairs, and a filter change keeps most of them: these
// caches let a change reuse the curves and shapes it already has instead of computing them again.

const curvesByEnds = weakPairCache<LatLon, LatLon, FlowCurve>();

/**
 * The curve between two anchors, computed once for each pair of anchor objects. A dataset's anchors
 * stay the same objects while only the filters change, and only the flows the map draws need a curve.
 */
export function memoFlowCurve(from: LatLon, to: LatLon): FlowCurve {
  return curvesByEnds(from, to, () => flowCurve(from, to));
}

/** A flow's line and arrowhead as the [lat, lon] pairs Leaflet takes. */
export interface FlowPositions {
  line: [number, number][];
  head: [number, number][];
}

interface ShapeSlot {
  zoom: number;
  weight: number;
  positions: FlowPositions;
}

// One slot per curve, for the last zoom and weight asked for: weights vary with the filters, so
// keeping every one would grow without end.
const lastShapeOfCurve = new WeakMap<FlowCurve, ShapeSlot>();

/**
 * The flow's shape at a zoom and weight. Asked again with the same ones it returns the very same
 * arrays, so react-leaflet, which redraws a path whenever it is handed new positions, leaves it alone.
 */
export function memoFlowPositions(curve: FlowCurve, zoom: number, weight: number): FlowPositions {
  const slot = lastShapeOfCurve.get(curve);
  if (slot !== undefined && slot.zoom === zoom && slot.weight === weight) return slot.positions;
  const { line, head } = flowShape(curve, zoom, weight);
  const toPair = ({ lat, lon }: LatLon): [number, number] => [lat, lon];
  const positions = { line: line.map(toPair), head: head.map(toPair) };
  lastShapeOfCurve.set(curve, { zoom, weight, positions });
  return positions;
}
