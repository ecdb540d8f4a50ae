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
    // The compact map folds its lists; opening them grows the frame.
    await frame.getByRole('button', { name: 'Show as table' }).click();
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

/** The content's height (what the resizer reports; scrollHeight is never below the viewport's) and whether anything sticks out sideways. */
function pageBox(page: Page) {
  return page.evaluate(() => ({
    height: document.documentElement.getBoundingClientRect().height,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
}

test('the map embed is compact by default: map and legend in under 700 px, its lists behind a toggle', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./embed.html?embed=map&country=UKR');
  await expect(page.locator('.map-canvas path.leaflet-interactive').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Map of cooperation between countries' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Cambodia: \d+ records$/ })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('compact-1280.png'), fullPage: true });
  const height1280 = (await pageBox(page)).height;
  test.info().annotations.push({ type: 'height at 1280 px', description: String(height1280) });
  expect(height1280).toBeLessThan(700);

  const toggle = page.getByRole('button', { name: 'Show as table' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: /^Ukraine: \d+ records$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /→/ }).first()).toBeVisible();

  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(
    './embed.html?embed=map&country=UKR&title=Ukraine%E2%80%99s%20partners%20in%20mine%20action',
  );
  await expect(page.locator('.map-canvas path.leaflet-interactive').first()).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ukraine’s partners in mine action' }),
  ).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  const narrow = await pageBox(page);
  test.info().annotations.push({ type: 'height at 320 px', description: String(narrow.height) });
  expect(narrow.overflow).toBe(0);
  await page.screenshot({ path: test.info().outputPath('compact-320.png'), fullPage: true });
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('button', { name: /^Ukraine: \d+ records$/ })).toBeVisible();
  expect((await pageBox(page)).overflow).toBe(0);
});

test('layout=full keeps the lists beside the map; an unknown layout falls back to compact', async ({
  page,
}) => {
  await page.goto('./embed.html?embed=map&layout=full');
  await expect(page.getByRole('button', { name: /^Cambodia: \d+ records$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show as table' })).toHaveCount(0);
  await page.goto('./embed.html?embed=map&layout=%3Cb%3E');
  await expect(page.getByRole('button', { name: 'Show as table' })).toBeVisible();
});

test('a title from the dialog is the embed’s heading, as text, and the iframe’s title', async ({ page }) => {
  await page.goto('./?country=UKR');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view on another website' });
  const title = 'Ukraine’s "partners" <b>in</b> mine action';
  await dialog.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  const code = await dialog.getByLabel(/Code to paste/).inputValue();
  expect(code).toContain('title="Ukraine’s &quot;partners&quot; &lt;b&gt;in&lt;/b&gt; mine action"');
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(dialog.locator('iframe')).toHaveAttribute('title', `Preview: ${title}`);
  expect(await preview.locator('h1 b').count()).toBe(0);
});
