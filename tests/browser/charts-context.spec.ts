import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { topActors } from '../../src/data/selectors/activity';
import { EMPTY_FILTER, filterRecords } from '../../src/data/selectors/filter';
import { buildModel } from '../../src/data/selectors/model';
import { recordsPerTheme } from '../../src/data/selectors/themes';
import { shippedDataset } from './support/dataset-file';
import { serveHostPage } from './support/host-page';
import { expect, test } from './support/fixtures';

// Charts that keep their context: a bar opens its records, a choice lives in the URL, a download
// names its filters and its source once, and the chart embed fills its frame.

const dataset = shippedDataset();
const model = buildModel(dataset);
const total = dataset.records.length;
const ACTIVITY = 'Most active countries and organisations by role';
const THEMES = 'Records per theme';
const PER_YEAR = 'Records per year by kind';

// embed.spec.ts and embed-cards.spec.ts serve their host pages on PREVIEW_PORT + 20 and + 21.
const HOST_PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 22;

const matching = (count: number) =>
  `${count} ${count === 1 ? 'record matches' : 'records match'} out of ${total}`;

function figure(page: Page, title: string): Locator {
  return page.getByRole('figure', { name: title });
}

async function openCharts(page: Page, query = ''): Promise<void> {
  await page.goto(`./?tab=charts${query}`);
  await expect(page.getByRole('figure')).toHaveCount(6, { timeout: 30_000 });
  await expect(
    page.locator('figure').filter({ has: page.locator('svg[role="application"], .chart-empty') }),
  ).toHaveCount(6);
}

test('a bar of a chart opens the records it counts, as a filter the URL keeps', async ({ page }) => {
  await openCharts(page);
  const [first] = topActors(model, dataset.records, { by: 'country', group: 'giving' });
  expect(first!.id).toBe('JPN');

  // The longest bar of "who gives" is Japan's: a click opens Japan's giving in the Records tab.
  await figure(page, ACTIVITY).locator('svg path.chart-series-records').first().click();
  await expect(page).toHaveURL(/[?&]tab=table(&|$)/);
  const url = new URL(page.url());
  expect(url.searchParams.get('country')).toBe('JPN');
  expect(url.searchParams.get('role')).toBe('giving');
  await expect(page.getByText(matching(first!.count))).toBeVisible();
  await expect(page.getByText(`Showing 1–${first!.count} of ${first!.count} records`)).toBeVisible();
  // The filter is the app's own: the selector applied to it gives the same number.
  expect(filterRecords(model, { ...EMPTY_FILTER, countries: ['JPN'], roles: ['giving'] })).toHaveLength(
    first!.count,
  );

  // The same reopens after a reload: the URL holds it.
  await page.reload();
  await expect(page.getByText(matching(first!.count))).toBeVisible();
});

test('by keyboard, a name in the chart’s table opens the same records', async ({ page }) => {
  await openCharts(page);
  const card = figure(page, THEMES);
  await card.getByRole('button', { name: 'Show table' }).click();
  const [top] = recordsPerTheme(dataset.records).themes;
  const link = card.getByRole('link', { name: `Clearance: show these ${top!.count} records in the table` });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]theme=clearance(&|$)/);
  await expect(page).toHaveURL(/[?&]tab=table(&|$)/);
  await expect(page.getByText(matching(top!.count))).toBeVisible();
});

test('a chart’s choice survives a reload and a copied link', async ({ page, browser }) => {
  await openCharts(page);
  const card = figure(page, ACTIVITY);
  await card.getByRole('radio', { name: 'Receiving' }).check();
  await card.getByRole('radio', { name: 'Organisations' }).check();
  await expect(page).toHaveURL(/activity-role=receiving/);
  await expect(page).toHaveURL(/activity-by=organisation/);
  const receivers = topActors(model, dataset.records, { by: 'organisation', group: 'receiving' });
  const firstName = model.organisationsById.get(receivers[0]!.id)!;
  const expectChoice = async (target: Page) => {
    const again = figure(target, ACTIVITY);
    await expect(again.getByRole('radio', { name: 'Receiving' })).toBeChecked();
    await expect(again.getByRole('radio', { name: 'Organisations' })).toBeChecked();
    await again.getByRole('button', { name: 'Show table' }).click();
    await expect(again.getByRole('table').locator('tbody tr').first()).toContainText(firstName.name);
  };

  await page.reload();
  await expectChoice(page);

  // A copied link, opened by someone else (a new context: nothing shared but the address).
  const link = page.url();
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.getByRole('figure')).toHaveCount(6, { timeout: 30_000 });
  await expectChoice(reader);
  await other.close();
});

test('a downloaded chart names its filters and gives its source line once', async ({ page }) => {
  await openCharts(page, '&country=UKR');
  const card = figure(page, PER_YEAR);
  await expect(card).toContainText('Records filtered by countries: Ukraine.');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync(await download.path(), 'utf8');
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
  const words = texts.join(' ');
  expect(words).toContain('Ukraine');
  expect(words).toContain('filtered by countries: Ukraine');
  expect(words.match(/Source:/g)).toHaveLength(1);
  expect(words).toContain('Coverage:');
});

test('the chart embed fills a 1000 px wide frame', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  const src = new URL('embed.html?embed=chart&chart=activity&country=UKR', baseURL).href;
  // A partner's page on another origin: an iframe 1000 px wide, as the embed code makes one.
  const host = await serveHostPage(
    HOST_PORT,
    `<iframe title="Chart" src="${src}" width="1000" height="900" style="border:0"></iframe>`,
  );
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    const card = frame.getByRole('figure', { name: ACTIVITY });
    await expect(card.locator('svg[role="application"]')).toHaveCount(1, { timeout: 30_000 });
    const frameBox = (await page.locator('iframe').boundingBox())!;
    const box = (await card.boundingBox())!;
    const chart = (await card.locator('svg[role="application"]').boundingBox())!;
    expect(frameBox.width).toBe(1000);
    // The card spans the frame but for the page's padding (not a 600 px card on the left), and the chart the card.
    expect(box.x - frameBox.x).toBeLessThan(30);
    expect(box.width).toBeGreaterThan(940);
    expect(chart.width).toBeGreaterThan(880);
    // One source line: the figure's, not the footer's too.
    await expect(frame.getByText(/^Source:/)).toHaveCount(1);
  } finally {
    await host.close();
  }
});
