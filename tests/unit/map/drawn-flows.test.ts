import { describe, expect, it } from 'vitest';
import { flowsToDraw } from '../../../src/features/map/drawn-flows';
import type { DrawnFlow } from '../../../src/features/map/use-map-data';

// Flows as useMapData gives them: most links first.
const flow = (from: string, to: string, count: number): DrawnFlow => ({
  key: `${from}-${to}`,
  link: { from, to, count } as DrawnFlow['link'],
  from: { lat: 0, lon: 0 },
  to: { lat: 1, lon: 1 },
  weight: count,
});
const flows = [flow('JPN', 'KHM', 9), flow('USA', 'UKR', 5), flow('KHM', 'UKR', 3), flow('NOR', 'LAO', 1)];
const keys = (drawn: DrawnFlow[]) => drawn.map((drawn) => drawn.key);

describe('flowsToDraw', () => {
  it('draws every flow when there are no more than the limit', () => {
    expect(keys(flowsToDraw(flows, null, null, 4))).toEqual(keys(flows));
  });

  it('draws the strongest flows when there are more', () => {
    expect(keys(flowsToDraw(flows, null, null, 2))).toEqual(['JPN-KHM', 'USA-UKR']);
  });

  it("adds the selected country's flows and the highlighted flow, whatever their weight", () => {
    expect(keys(flowsToDraw(flows, 'UKR', null, 1))).toEqual(['JPN-KHM', 'USA-UKR', 'KHM-UKR']);
    expect(keys(flowsToDraw(flows, null, 'NOR-LAO', 1))).toEqual(['JPN-KHM', 'NOR-LAO']);
  });
});
