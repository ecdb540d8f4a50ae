import { expect, test } from './support/fixtures';

// Chromium logs the failed request itself; nothing else may go wrong.
test.use({ allowConsoleErrors: [/503/] });

// The basemap is a file of its own (see src/features/map/world-source.ts); when it does not arrive,
// the map says so and offers to try again, and the rest of the page stands.
test('a basemap that fails to load is reported with a retry that draws the map', async ({ page }) => {
  // Down until the reader retries (the query's own automatic retries fail too).
  let available = false;
  await page.route('**/assets/countries-110m-*.json', async (route) => {
    if (available) await route.continue();
    else await route.fulfill({ status: 503, body: 'Service Unavailable' });
  });
  await page.goto('./?tab=map');

  const alert = page.getByRole('alert', { name: 'The map could not be drawn' });
  await expect(alert).toContainText('did not load: HTTP 503', { timeout: 30_000 });
  await expect(page.getByRole('tab', { name: /Charts/ })).toBeVisible();
  available = true;
  await alert.getByRole('button', { name: 'Retry' }).click();

  await expect(alert).toHaveCount(0);
  await expect(page.locator('.map-canvas path.leaflet-interactive').first()).toBeVisible();
});
