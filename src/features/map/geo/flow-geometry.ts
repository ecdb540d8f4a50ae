import type { LatLon } from './anchors';
import { project, unproject, type WorldPoint } from './mercator';

/** The curve of a flow, in world units (see mercator.ts), from provider to recipient. */
export type FlowCurve = WorldPoint[];

/**
 * A flow as a quadratic curve bent to the left of its direction (as seen on the map), so the
 * flows A → B and B → A bow to opposite sides instead of hiding each other. The curve is built
 * in Web Mercator, the plane the map is drawn in, so it looks the same at every zoom.
 */
export function flowCurve(from: LatLon, to: LatLon, bend = 0.22, segments = 32): FlowCurve {
  const start = project(from);
  const end = project(to);
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  // With y growing southwards, (dy, -dx) points to the left of the direction of travel.
  const control = { x: (start.x + end.x) / 2 + dy * bend, y: (start.y + end.y) / 2 - dx * bend };
  const points: WorldPoint[] = [];
  for (let step = 0; step <= segments; step += 1) {
    const t = step / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push({ x: a * start.x + b * control.x + c * end.x, y: a * start.y + b * control.y + c * end.y });
  }
  return points;
}

/** Line width in pixels for a flow: 2 px for one link up to 10 px for the largest flow, linear in the count. */
export function flowWeight(count: number, maxCount: number): number {
  if (maxCount <= 1) return 2;
  return 2 + (8 * (Math.min(count, maxCount) - 1)) / (maxCount - 1);
}

export interface FlowShape {
  /** The line, stopped short of the recipient so the arrowhead alone marks the end. */
  line: LatLon[];
  /** The arrowhead: a triangle whose tip is on the recipient. */
  head: LatLon[];
}

/**
 * The line and arrowhead of a flow at a zoom level. The arrowhead keeps its size in pixels
 * (scaled with the line's width) whatever the zoom, so it is recomputed when the zoom changes.
 */
export function flowShape(curve: FlowCurve, zoom: number, weight: number): FlowShape {
  const scale = 2 ** zoom;
  const lengthInPixels = curveLength(curve) * scale;
  const headPixels = Math.min(7 + weight * 1.8, lengthInPixels * 0.45);
  const head = headPixels / scale;
  const tip = curve[curve.length - 1];
  if (tip === undefined || head <= 0) return { line: curve.map(unproject), head: [] };

  const base = pointBackFromEnd(curve, head);
  const along = { x: tip.x - base.x, y: tip.y - base.y };
  const norm = Math.hypot(along.x, along.y) || 1;
  const half = (head * 0.6) / norm;
  const corners = [
    { x: base.x - along.y * half, y: base.y + along.x * half },
    { x: base.x + along.y * half, y: base.y - along.x * half },
  ];
  // The line runs a little into the arrowhead so no gap shows between them.
  const lineEnd = pointBackFromEnd(curve, head * 0.7);
  const line = [...trimEnd(curve, head * 0.7), lineEnd];
  return { line: line.map(unproject), head: [tip, ...corners].map(unproject) };
}

/** Total length of a polyline in world units. */
export function curveLength(points: readonly WorldPoint[]): number {
  let length = 0;
  for (let index = 1; index < points.length; index += 1) {
    const a = points[index - 1];
    const b = points[index];
    if (a !== undefined && b !== undefined) length += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return length;
}

/** The point at `distance` before the end of a polyline, measured along it. */
export function pointBackFromEnd(points: readonly WorldPoint[], distance: number): WorldPoint {
  let left = distance;
  for (let index = points.length - 1; index > 0; index -= 1) {
    const b = points[index];
    const a = points[index - 1];
    if (a === undefined || b === undefined) continue;
    const segment = Math.hypot(b.x - a.x, b.y - a.y);
    if (segment >= left && segment > 0) {
      const t = left / segment;
      return { x: b.x + (a.x - b.x) * t, y: b.y + (a.y - b.y) * t };
    }
    left -= segment;
  }
  return points[0] ?? { x: 0, y: 0 };
}

// The vertices that lie more than `distance` before the end, in order.
function trimEnd(points: readonly WorldPoint[], distance: number): WorldPoint[] {
  let left = distance;
  let keep = points.length;
  for (let index = points.length - 1; index > 0; index -= 1) {
    const b = points[index];
    const a = points[index - 1];
    if (a === undefined || b === undefined) continue;
    keep = index;
    const segment = Math.hypot(b.x - a.x, b.y - a.y);
    if (segment > left) break;
    left -= segment;
  }
  return points.slice(0, keep);
}
