import { describe, expect, it } from 'vitest';
import {
  curveLength,
  flowCurve,
  flowShape,
  flowWeight,
  pointBackFromEnd,
} from '../../../src/features/map/geo/flow-geometry';
import { project, unproject } from '../../../src/features/map/geo/mercator';

const tokyo = { lat: 35.69, lon: 139.69 };
const phnomPenh = { lat: 11.57, lon: 104.92 };

describe('project and unproject', () => {
  it('match Leaflet at zoom 0 and invert each other', () => {
    expect(project({ lat: 0, lon: 0 })).toEqual({ x: 128, y: 128 });
    expect(project({ lat: 0, lon: -180 }).x).toBe(0);
    const back = unproject(project(tokyo));
    expect(back.lat).toBeCloseTo(tokyo.lat, 9);
    expect(back.lon).toBeCloseTo(tokyo.lon, 9);
  });
});

describe('flowCurve', () => {
  it('runs from the provider to the recipient', () => {
    const curve = flowCurve(tokyo, phnomPenh);
    expect(curve[0]).toEqual(project(tokyo));
    expect(curve[curve.length - 1]).toEqual(project(phnomPenh));
  });

  it('bends the two directions between a pair to opposite sides', () => {
    const there = flowCurve(tokyo, phnomPenh, 0.22, 2)[1]!;
    const back = flowCurve(phnomPenh, tokyo, 0.22, 2)[1]!;
    const middle = {
      x: (project(tokyo).x + project(phnomPenh).x) / 2,
      y: (project(tokyo).y + project(phnomPenh).y) / 2,
    };
    // Opposite offsets from the chord's middle.
    expect(there.x - middle.x).toBeCloseTo(-(back.x - middle.x), 9);
    expect(there.y - middle.y).toBeCloseTo(-(back.y - middle.y), 9);
    expect(Math.hypot(there.x - middle.x, there.y - middle.y)).toBeGreaterThan(1);
  });
});

describe('flowWeight', () => {
  it('goes linearly from 2 px for one link to 10 px for the largest flow', () => {
    expect(flowWeight(1, 9)).toBe(2);
    expect(flowWeight(5, 9)).toBe(6);
    expect(flowWeight(9, 9)).toBe(10);
    expect(flowWeight(1, 1)).toBe(2);
  });
});

describe('flowShape', () => {
  const curve = flowCurve(tokyo, phnomPenh);

  it('puts the arrowhead tip on the recipient and stops the line inside the arrowhead', () => {
    const shape = flowShape(curve, 4, 6);
    expect(shape.head).toHaveLength(3);
    expect(shape.head[0]!.lat).toBeCloseTo(phnomPenh.lat, 6);
    expect(shape.head[0]!.lon).toBeCloseTo(phnomPenh.lon, 6);
    const lineEnd = project(shape.line[shape.line.length - 1]!);
    const tip = project(phnomPenh);
    expect(Math.hypot(lineEnd.x - tip.x, lineEnd.y - tip.y)).toBeGreaterThan(0);
    expect(shape.line[0]!.lat).toBeCloseTo(tokyo.lat, 6);
  });

  it('keeps the arrowhead the same size in pixels at every zoom', () => {
    const headLength = (zoom: number) => {
      const [tip, left, right] = flowShape(curve, zoom, 6).head.map(project);
      const base = { x: (left!.x + right!.x) / 2, y: (left!.y + right!.y) / 2 };
      return Math.hypot(tip!.x - base.x, tip!.y - base.y) * 2 ** zoom;
    };
    expect(headLength(3)).toBeCloseTo(7 + 6 * 1.8, 1);
    expect(headLength(6)).toBeCloseTo(headLength(3), 1);
  });

  it('shrinks the arrowhead on a flow too short to hold it', () => {
    const short = flowCurve(phnomPenh, { lat: 11.6, lon: 104.95 });
    const [tip, left, right] = flowShape(short, 1, 10).head.map(project);
    const base = { x: (left!.x + right!.x) / 2, y: (left!.y + right!.y) / 2 };
    expect(Math.hypot(tip!.x - base.x, tip!.y - base.y)).toBeLessThanOrEqual(
      curveLength(short) * 0.45 + 1e-9,
    );
  });
});

describe('pointBackFromEnd', () => {
  it('walks back along the line', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(pointBackFromEnd(line, 4)).toEqual({ x: 10, y: 6 });
    expect(pointBackFromEnd(line, 15)).toEqual({ x: 5, y: 0 });
    expect(pointBackFromEnd(line, 50)).toEqual({ x: 0, y: 0 });
  });
});
