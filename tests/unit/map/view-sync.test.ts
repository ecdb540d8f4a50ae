import { describe, expect, it } from 'vitest';
import { formatMap, parseViewState } from '../../../src/view-state/url-codec';
import { sameView } from '../../../src/features/map/view-sync';

describe('sameView', () => {
  const view = { lat: 12.345678, lon: 104.987654, zoom: 5.123 };

  it('treats a view and its copy read back from the URL as the same, so syncing cannot loop', () => {
    const fromUrl = parseViewState(`?map=${formatMap(view)}`).state.map!;
    expect(fromUrl).not.toEqual(view);
    expect(sameView(view, fromUrl)).toBe(true);
  });

  it('tells apart views that differ by a visible pan or zoom', () => {
    expect(sameView(view, { ...view, lat: view.lat + 0.01 })).toBe(false);
    expect(sameView(view, { ...view, lon: view.lon - 0.01 })).toBe(false);
    expect(sameView(view, { ...view, zoom: view.zoom + 0.25 })).toBe(false);
  });
});
