import { describe, expect, it } from 'vitest';
import {
  ARRIVAL_SPACING,
  arrivalTips,
  type ArrivingFlow,
} from '../../../src/features/map/geo/arrival-anchors';
import { project } from '../../../src/features/map/geo/mercator';

const cambodia = { lat: 12.6, lon: 104.9 };
// Twenty providers spread over the world, all sending to Cambodia, plus one flow into Ukraine.
const providers = Array.from({ length: 20 }, (_, index) => ({
  lat: -30 + (index % 5) * 15,
  lon: -120 + index * 12,
}));
const flows: ArrivingFlow[] = [
  ...providers.map((from, index) => ({ key: `P${index}-KHM`, from, to: cambodia, toCountry: 'KHM' })),
  { key: 'JPN-UKR', from: { lat: 36, lon: 138 }, to: { lat: 49, lon: 31 }, toCountry: 'UKR' },
];

const pixels = (zoom: number) => (point: { lat: number; lon: number }) => {
  const { x, y } = project(point);
  return { x: x * 2 ** zoom, y: y * 2 ** zoom };
};

describe('arrivalTips', () => {
  for (const zoom of [1, 2.5, 6]) {
    it(`at zoom ${zoom} puts the twenty arrows into Cambodia on tips apart from each other`, () => {
      const tips = arrivalTips(flows, zoom);
      const points = providers.map((_, index) => pixels(zoom)(tips.get(`P${index}-KHM`)!));
      for (let a = 0; a < points.length; a += 1)
        for (let b = a + 1; b < points.length; b += 1) {
          const distance = Math.hypot(points[a]!.x - points[b]!.x, points[a]!.y - points[b]!.y);
          expect(distance).toBeGreaterThanOrEqual((ARRIVAL_SPACING * 2) / Math.PI - 1e-6);
        }
      // Close to the country still: the ring is a few dozen pixels at most.
      const anchor = pixels(zoom)(cambodia);
      for (const point of points) expect(Math.hypot(point.x - anchor.x, point.y - anchor.y)).toBeLessThan(60);
    });
  }

  it("leaves a country's only arrival at its anchor", () => {
    expect(arrivalTips(flows, 3).has('JPN-UKR')).toBe(false);
  });

  it('ends an arrow from the west on the west side of the ring', () => {
    const pair: ArrivingFlow[] = [
      { key: 'W', from: { lat: 12.6, lon: 40 }, to: cambodia, toCountry: 'KHM' },
      { key: 'E', from: { lat: 12.6, lon: 170 }, to: cambodia, toCountry: 'KHM' },
    ];
    const tips = arrivalTips(pair, 3);
    expect(tips.get('W')!.lon).toBeLessThan(cambodia.lon);
    expect(tips.get('E')!.lon).toBeGreaterThan(cambodia.lon);
  });
});
