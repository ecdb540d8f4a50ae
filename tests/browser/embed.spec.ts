import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { DATASET_ROUTE, shippedDataset } from './support/dataset-file';
import { contextRefusingFrameStorage, serveHostPage } from './support/host-page';

const HOST_PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 20;

/** Opens the explore view, sets up the Embed dialog and returns the code it offers. */
async function embedCodeFromDialog(page: Page, what: string): Promise<string> {
  await page.goto('./?country=KHM');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view on another website' });
  await dialog.getByLabel('What to embed').selectOption({ label: what });
  await expect(dialog.frameLocator('iframe').getByRole('contentinfo')).toBeVisible();
  return dialog.getByLabel(/Code to paste/).inputValue();
}

test('the dialog offers iframe code with a title, lazy loading and the filters on screen', async ({
  page,
}) => {
  const code = await embedCodeFromDialog(page, 'Map of mine action cooperation');
  expect(code).toMatch(
    /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?country=KHM&amp;embed=map&amp;id=[\w-]+&amp;lang=en"/,
  );
  expect(code).toContain('title="Map of mine action cooperation"');
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('embed-resizer.js');
});

test('an embed on another origin shows its data, sizes itself, and lets the page scroll over the map', async ({
  page,
  browser,
}) => {
  const code = await embedCodeFromDialog(page, 'Map of mine action cooperation');
  const host = await serveHostPage(HOST_PORT, code);
  // A reader whose browser refuses third-party storage: any use of it in the embed would throw.
  const context = await contextRefusingFrameStorage(browser);
  const hostPage = await context.newPage();
  const errors: string[] = [];
  hostPage.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  hostPage.on('pageerror', (error) => errors.push(error.message));
  try {
    await hostPage.goto(host.url);
    const frame = hostPage.frameLocator('iframe');
    await expect(frame.getByText(/\d+ countries involved; the largest flow is/)).toBeVisible();
    await expect(frame.getByRole('link', { name: /Open this view in the full dashboard/ })).toHaveAttribute(
      'target',
      '_blank',
    );

    // The resizer script sets the frame to its content's height, and follows it when it grows.
    const iframe = hostPage.locator('iframe');
    await expect(iframe).toHaveAttribute('style', /height: \d+px/);
    const before = await iframe.evaluate((element) => element.getBoundingClientRect().height);
    const contentHeight = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
    expect(Math.abs(before - contentHeight)).toBeLessThan(3);
    await frame.getByRole('button', { name: /^Cambodia: \d+ records$/ }).click();
    await expect
      .poll(() => iframe.evaluate((element) => element.getBoundingClientRect().height))
      .not.toBe(before);

    // Wheel over the map scrolls the host page; the map does not zoom.
    const map = frame.locator('.leaflet-container');
    await map.scrollIntoViewIfNeeded();
    const zoomBefore = await map.locator('.leaflet-map-pane').getAttribute('style');
    const scrollBefore = await hostPage.evaluate(() => window.scrollY);
    const box = (await map.boundingBox())!;
    await hostPage.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await hostPage.mouse.wheel(0, 400);
    await expect.poll(() => hostPage.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await map.locator('.leaflet-map-pane').getAttribute('style')).toBe(zoomBefore);
    await expect(frame.getByText(/scroll to zoom the map/)).toBeVisible();

    // A host message of the wrong shape is ignored; nothing breaks.
    await hostPage.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      target.postMessage({ type: 'mine-action-dashboard:request-height', version: 1, run: 'alert(1)' }, '*');
      target.postMessage('<img src=x onerror=alert(1)>', '*');
    });

    const results = await new AxeBuilder({ page: hostPage }).include('iframe').analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await host.close();
  }
});

test('a hostile dataset renders as inert text in the embeds', async ({ page }) => {
  const hostile = shippedDataset();
  const seed = hostile.records.find((record) => record.id === 'cmaa-ukraine-meeting-2024-04-03')!;
  seed.title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  hostile.countries.find((country) => country.iso3 === 'KHM')!.name = '<b onmouseover=alert(1)>Cambodia</b>';
  hostile.meta.title = '<script>alert("title")</script>';
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: hostile }));
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  for (const search of ['?embed=map&country=KHM', '?embed=chart&chart=activity&country=KHM']) {
    await page.goto(`./embed.html${search}`);
    await expect(page.getByText('<script>alert("title")</script>', { exact: false }).first()).toBeVisible();
    expect(await page.locator('img[src="x"], b[onmouseover], script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(page.url()).toContain('/embed.html');
  }
});
