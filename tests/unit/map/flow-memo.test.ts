import { describe, expect, it } from 'vitest';
import { flowCurve, flowShape } from '../../../src/features/map/geo/flow-geometry';
import { memoFlowCurve, memoFlowPositions } from '../../../src/features/map/geo/flow-memo';

const phnomPenh = { lat: 11.5694, lon: 104.9211 };
const kyiv = { lat: 50.45, lon: 30.5233 };

describe('the flow caches', () => {
  it('give the curve flowCurve gives, the same object for the same pair of anchors', () => {
    const curve = memoFlowCurve(phnomPenh, kyiv);
    expect(curve).toEqual(flowCurve(phnomPenh, kyiv));
    expect(memoFlowCurve(phnomPenh, kyiv)).toBe(curve);
    expect(memoFlowCurve(kyiv, phnomPenh)).not.toBe(curve);
  });

  it('give the same arrays for the same zoom and weight, so react-leaflet leaves the path alone', () => {
    const curve = memoFlowCurve(phnomPenh, kyiv);
    const positions = memoFlowPositions(curve, 3, 4);
    expect(memoFlowPositions(curve, 3, 4)).toBe(positions);
    const { line, head } = flowShape(curve, 3, 4);
    expect(positions.line).toEqual(line.map(({ lat, lon }) => [lat, lon]));
    expect(positions.head).toEqual(head.map(({ lat, lon }) => [lat, lon]));
  });

  it('work the shape out again when the zoom or the weight changes', () => {
    const curve = memoFlowCurve(phnomPenh, kyiv);
    const atThree = memoFlowPositions(curve, 3, 4);
    const atFive = memoFlowPositions(curve, 5, 4);
    expect(atFive).not.toBe(atThree);
    expect(atFive.head).not.toEqual(atThree.head);
    expect(memoFlowPositions(curve, 5, 9)).not.toBe(atFive);
  });
});
