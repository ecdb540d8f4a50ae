import { mkdirSync } from 'node:fs';
import { expect, test } from './support/fixtures';

// The explore view from a phone to a wall screen: nothing may stick out sideways. Screenshots are
// kept in artifacts/ (not committed) for a person to look at after a run.
for (const width of [360, 375, 1440, 1920]) {
  test(`the explore view fits a ${width} px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const tab of ['map', 'charts', 'timeline', 'table']) {
      await page.goto(`./?tab=${tab}`);
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${tab} tab sticks out by ${overflow}px`).toBeLessThanOrEqual(0);
      if (width === 375 || width === 1440) {
        mkdirSync('artifacts', { recursive: true });
        await page.screenshot({ path: `artifacts/explore-${tab}-${width}.png`, fullPage: true });
      }
    }
  });
}
