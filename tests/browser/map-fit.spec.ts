import type { Page } from '@playwright/test';
import { contrastRatio } from '../../src/components/contrast';
import { SHADE_PALETTES } from '../../src/features/map/geo/shading';
import { expect, test } from './support/fixtures';

/** Opens the map at a width and waits for Cambodia's shape. */
async function openMap(page: Page, width: number, search: string) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`./${search}`);
  const map = page.getByRole('region', { name: 'Map of cooperation between countries' });
  await expect(map).toBeVisible({ timeout: 30_000 });
  await expect(map.locator('path[data-country="KHM"]')).toBeAttached();
  return map;
}

/** Whether Cambodia's shape lies wholly inside the map, polled while a fit may still be settling. */
async function expectCambodiaInside(page: Page) {
  const map = page.getByRole('region', { name: 'Map of cooperation between countries' });
  const cambodia = map.locator('path[data-country="KHM"]');
  await expect
    .poll(async () => {
      const outer = (await map.boundingBox())!;
      const inner = await cambodia.boundingBox();
      if (inner === null || inner.width === 0) return 'not drawn';
      const inside =
        inner.x >= outer.x - 1 &&
        inner.y >= outer.y - 1 &&
        inner.x + inner.width <= outer.x + outer.width + 1 &&
        inner.y + inner.height <= outer.y + outer.height + 1;
      return inside ? 'inside' : `outside: ${JSON.stringify({ outer, inner })}`;
    })
    .toBe('inside');
}

for (const width of [320, 375, 1440, 1920]) {
  test(`at ${width} px the map fits a country filter: Cambodia is on screen`, async ({ page }) => {
    await openMap(page, width, '?tab=map&country=KHM');
    await expectCambodiaInside(page);
  });

  test(`at ${width} px a selected Cambodia is on screen and outlined`, async ({ page }) => {
    const map = await openMap(page, width, '?tab=map&country=KHM&select=KHM');
    await expectCambodiaInside(page);
    await expect(map.locator('path[data-country="KHM"]')).toHaveAttribute('stroke-width', '2.5');
    await expect(map.locator('path.map-country-selected')).toHaveAttribute('data-country', 'KHM');
  });

  test(`at ${width} px Cambodia's profile shows Cambodia on its map`, async ({ page }) => {
    await openMap(page, width, '?view=country&c=KHM');
    await expectCambodiaInside(page);
  });
}

for (const width of [320, 375, 1440, 1920]) {
  test(`at ${width} px the unfiltered map shows Cambodia, Japan and Ukraine`, async ({ page }) => {
    const map = await openMap(page, width, '?tab=map');
    await expect
      .poll(async () => {
        const outer = (await map.boundingBox())!;
        const cut: string[] = [];
        for (const iso3 of ['KHM', 'JPN', 'UKR']) {
          const inner = await map.locator(`path[data-country="${iso3}"]`).boundingBox();
          const inside =
            inner !== null &&
            inner.width > 0 &&
            inner.x >= outer.x - 1 &&
            inner.y >= outer.y - 1 &&
            inner.x + inner.width <= outer.x + outer.width + 1 &&
            inner.y + inner.height <= outer.y + outer.height + 1;
          if (!inside) cut.push(iso3);
        }
        return cut;
      })
      .toEqual([]);
  });
}

test('selecting a country refits the map to keep it on screen, even from a view the URL held', async ({
  page,
}) => {
  // A view of Europe, far from Cambodia: choosing Cambodia from the list drops it and fits.
  await openMap(page, 375, '?tab=map&map=50.45,30.5233,6');
  await page.getByRole('button', { name: /^Cambodia: \d+ records$/ }).click();
  await expect(page).toHaveURL(/[?&]select=KHM(&|$)/);
  await expect(page).not.toHaveURL(/[?&]map=/);
  await expectCambodiaInside(page);
  // The glide to Cambodia is the map's own move, not the reader's: it writes no view into the URL.
  await page.waitForTimeout(500);
  expect(page.url()).not.toMatch(/[?&]map=/);
});

test('with reduced motion a new selection still refits to Cambodia (without a glide)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, 375, '?tab=map&map=50.45,30.5233,6');
  await page.getByRole('button', { name: /^Cambodia: \d+ records$/ }).click();
  await expect(page).toHaveURL(/[?&]select=KHM(&|$)/);
  await expectCambodiaInside(page);
});

test('in the dark scheme every shaded class holds 3:1 against the map background', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const map = await openMap(page, 1440, '?tab=map');
  const background = await map.evaluate((element) => getComputedStyle(element).backgroundColor);
  const fills = await map
    .locator('path.map-country-data')
    .evaluateAll((paths) => [...new Set(paths.map((path) => path.getAttribute('fill') ?? ''))]);
  expect(fills.length).toBeGreaterThan(1);
  for (const fill of fills) {
    expect(SHADE_PALETTES.dark as readonly string[]).toContain(fill);
    expect(contrastRatio(fill, background), `${fill} on ${background}`).toBeGreaterThanOrEqual(3);
  }
});
