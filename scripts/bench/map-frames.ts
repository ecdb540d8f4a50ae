import type { Page } from 'playwright-core';
import type { BenchProbe } from './page-probes';

/**
 * Pans the explore map by dragging it (as a reader would, one mouse move per frame) and zooms in and
 * out with its buttons, and returns every frame interval (requestAnimationFrame deltas, ms) meanwhile.
 * An idle page paints every 16.7 ms; longer intervals are frames the map made late.
 */
export async function mapFrameIntervals(page: Page): Promise<number[]> {
  const map = page.locator('.leaflet-container').first();
  const box = await map.boundingBox();
  if (box === null) throw new Error('the map is not on screen');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  await page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.startFrames());
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let step = 1; step <= 30; step += 1) {
      await page.mouse.move(centre.x + (dx * step) / 30, centre.y + (dy * step) / 30);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    // moveend re-queries the place index and redraws the markers in view.
    await page.waitForTimeout(600);
  };
  const zoom = async (direction: 'in' | 'out') => {
    await page.locator(`.leaflet-control-zoom-${direction}`).first().click();
    await page.waitForTimeout(700);
  };
  await drag(200, 80);
  await zoom('in');
  await drag(-150, -60);
  await zoom('in');
  await drag(120, -100);
  await zoom('out');
  await drag(-170, 80);
  await zoom('out');
  return page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.stopFrames());
}
