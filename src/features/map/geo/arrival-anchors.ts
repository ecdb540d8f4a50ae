import type { LatLon } from './anchors';
import { memoFlowCurve } from './flow-memo';
import { project, unproject } from './mercator';

/** A flow as far as where it ends matters: its key, its two anchors and the country it goes to. */
export interface ArrivingFlow {
  key: string;
  from: LatLon;
  to: LatLon;
  toCountry: string;
}

/** Pixels between neighbouring arrowhead tips around one country, before the ring's rounding. */
export const ARRIVAL_SPACING = 16;
/** The smallest ring, in pixels: two arrows into a country end this far from its anchor. */
const MIN_RADIUS = 8;

/**
 * Where each flow's arrowhead ends. A country that receives several flows gets a ring of distinct
 * tips around its anchor, so twenty arrows into Cambodia no longer end in one heap: each tip sits on
 * the side its flow comes from, in the order the flows arrive, evenly spaced, with the ring wide
 * enough (in pixels at this zoom) for tips at least ARRIVAL_SPACING × 2/π apart. A country with
 * one flow keeps its anchor. Returns the tips of the flows it moved, by key.
 */
export function arrivalTips(flows: readonly ArrivingFlow[], zoom: number): Map<string, LatLon> {
  const byCountry = new Map<string, ArrivingFlow[]>();
  for (const flow of flows) {
    const group = byCountry.get(flow.toCountry);
    if (group === undefined) byCountry.set(flow.toCountry, [flow]);
    else group.push(flow);
  }
  const tips = new Map<string, LatLon>();
  const scale = 2 ** zoom;
  for (const group of byCountry.values()) {
    if (group.length < 2) continue;
    const anchor = project(group[0]!.to);
    const count = group.length;
    const radius = Math.max(MIN_RADIUS, (count * ARRIVAL_SPACING) / (2 * Math.PI)) / scale;
    // The side each flow comes in from: its curve a little before the end, seen from the anchor.
    const arriving = group
      .map((flow) => {
        const curve = memoFlowCurve(flow.from, flow.to);
        const before = curve[Math.max(curve.length - 4, 0)] ?? anchor;
        return { flow, angle: Math.atan2(before.y - anchor.y, before.x - anchor.x) };
      })
      .sort((a, b) => a.angle - b.angle || (a.flow.key < b.flow.key ? -1 : 1));
    // Even slots, turned as a whole to sit as close as they can to the sides the flows come from.
    const step = (2 * Math.PI) / count;
    let sin = 0;
    let cos = 0;
    arriving.forEach(({ angle }, slot) => {
      sin += Math.sin(angle - slot * step);
      cos += Math.cos(angle - slot * step);
    });
    const turn = Math.atan2(sin, cos);
    arriving.forEach(({ flow }, slot) => {
      const angle = turn + slot * step;
      tips.set(
        flow.key,
        unproject({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) }),
      );
    });
  }
  return tips;
}
