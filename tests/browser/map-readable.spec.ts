import type { Locator, Page } from '@playwright/test';
import { DatasetSchema } from '../../src/data/schema/dataset';
import { EMPTY_FILTER, filterRecords } from '../../src/data/selectors/filter';
import { countryInvolvement } from '../../src/data/selectors/involvement';
import { countryLinks } from '../../src/data/selectors/links';
import { buildModel } from '../../src/data/selectors/model';
import { shippedDataset } from './support/dataset-file';
import { expect, test } from './support/fixtures';

// Expected counts come from the dataset the build ships, through the selectors the app uses.
const model = buildModel(DatasetSchema.parse(shippedDataset()));
const records = model.dataset.records;
const cambodia = countryInvolvement(model, records).find(({ iso3 }) => iso3 === 'KHM')!;
const japanUkraine = countryLinks(model, records).find(({ from, to }) => from === 'JPN' && to === 'UKR')!;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openMap(page: Page, width: number, search: string) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`./${search}`);
  const map = page.getByRole('region', { name: 'Map of cooperation between countries' });
  await expect(map).toBeVisible({ timeout: 30_000 });
  await expect(map.locator('path[data-country="KHM"]')).toBeAttached();
  await expect(map.locator('path.map-flow').first()).toBeAttached();
  // Let a fit settle before measuring.
  await page.waitForTimeout(500);
  return map;
}

const boxes = (locator: Locator) =>
  locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height, id: element.getAttribute('data-country') ?? '' };
    }),
  );

for (const width of [375, 1440]) {
  test(`at ${width} px no place marker covers a selected Cambodia or a small country with records`, async ({
    page,
  }) => {
    const map = await openMap(page, width, '?tab=map&select=KHM');
    const markers = map.locator('.leaflet-marker-icon');
    const countries = await boxes(map.locator('path.map-country-data'));
    const protectedBoxes = countries.filter(
      (box) => box.id === 'KHM' || (box.width > 0 && box.width < 40 && box.height < 40),
    );
    expect(protectedBoxes.map((box) => box.id)).toContain('KHM');
    for (const marker of await boxes(markers))
      for (const country of protectedBoxes)
        expect(overlaps(marker, country), `a marker over ${country.id}`).toBe(false);

    // The legend says what the places are and offers them; asked for, they come (so this can fail).
    await page.getByRole('checkbox', { name: /^Show places at every zoom/ }).check();
    await expect(markers.first()).toBeVisible();
    await expect(
      page.getByText('Rings: several places; select one to zoom in.', { exact: false }),
    ).toBeVisible();
  });
}

test('countries, then flows, then places: each layer in a pane above the last', async ({ page }) => {
  const map = await openMap(page, 1440, '?tab=map');
  const zIndex = (selector: string) =>
    map.locator(selector).evaluate((pane) => Number(getComputedStyle(pane).zIndex));
  await expect(map.locator('.leaflet-overlay-pane path[data-country="KHM"]')).toBeAttached();
  await expect(map.locator('.leaflet-map-flows-pane path.map-flow').first()).toBeAttached();
  const countries = await zIndex('.leaflet-overlay-pane');
  const flows = await zIndex('.leaflet-map-flows-pane');
  const places = await zIndex('.leaflet-marker-pane');
  expect(countries).toBeLessThan(flows);
  expect(flows).toBeLessThan(places);
});

for (const width of [375, 1440]) {
  test(`at ${width} px arrowheads into one country end apart`, async ({ page }) => {
    const map = await openMap(page, width, '?tab=map');
    const heads = await map.locator('path.map-flow-head').evaluateAll((paths) =>
      paths.map((path) => {
        // The head is [tip, corner, corner]: its path starts at the tip.
        const [x = 0, y = 0] = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
        return { to: path.getAttribute('data-to') ?? '', x, y };
      }),
    );
    const into = (iso3: string) => heads.filter((head) => head.to === iso3);
    expect(into('KHM').length).toBeGreaterThan(3);
    expect(into('UKR').length).toBeGreaterThan(3);
    for (const head of heads) {
      for (const other of into(head.to)) {
        if (other === head) continue;
        expect(Math.hypot(head.x - other.x, head.y - other.y), `two tips into ${head.to}`).toBeGreaterThan(6);
      }
    }
  });
}

test("a selected country's panel opens its records on the Records tab, by mouse", async ({ page }) => {
  await openMap(page, 1440, '?tab=map&select=KHM');
  const summary = page.getByRole('region', { name: 'Cambodia' });
  await summary.getByRole('link', { name: `Show the records of Cambodia (${cambodia.count})` }).click();
  await expect(page).toHaveURL(/[?&]country=KHM(&|$)/);
  await expect(page).toHaveURL(/[?&]tab=table(&|$)/);
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
    new RegExp(`of ${cambodia.count} records$`),
  );
});

test('a flow clicked on the map opens its records, by keyboard from its details', async ({ page }) => {
  const map = await openMap(page, 1440, '?tab=map');
  await map.locator('path.map-flow[data-flow="JPN-UKR"]').dispatchEvent('click');
  await expect(page).toHaveURL(/[?&]flow=JPN-UKR(&|$)/);
  const link = page.getByRole('link', {
    name: `Show the records of Japan → Ukraine (${japanUkraine.count})`,
  });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]link=JPN-UKR(&|$)/);
  await expect(page).toHaveURL(/[?&]tab=table(&|$)/);
  // Exactly the flow's records: the same count the flow list gives.
  expect(filterRecords(model, { ...EMPTY_FILTER, links: ['JPN-UKR'] })).toHaveLength(japanUkraine.count);
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
    new RegExp(`of ${japanUkraine.count} records?$`),
  );
  await expect(page.getByRole('button', { name: /Flow: Japan → Ukraine/ })).toBeVisible();
});

test('a click on a country on the map and in the list do the same: select it, no filter', async ({
  page,
}) => {
  const map = await openMap(page, 1440, '?tab=map');
  await map.locator('path[data-country="KHM"]').dispatchEvent('click');
  await expect(page).toHaveURL(/[?&]select=KHM(&|$)/);
  const fromMap = new URL(page.url()).search;
  expect(fromMap).not.toMatch(/[?&]country=/);
  await expect(page.getByRole('region', { name: 'Cambodia' })).toBeVisible();

  await page.goto('./?tab=map');
  await page.getByRole('button', { name: `Cambodia: ${cambodia.count} records` }).click();
  await expect(page).toHaveURL(/[?&]select=KHM(&|$)/);
  expect(new URL(page.url()).search).toBe(fromMap);
  await expect(page.getByRole('region', { name: 'Cambodia' })).toBeVisible();
});

test('a selected flow survives a reload and a copied link', async ({ page, context }) => {
  await openMap(page, 1440, '?tab=map');
  const flows = page.getByRole('region', { name: 'Flows between countries' });
  await flows.getByRole('button', { name: /^Japan → Ukraine: / }).click();
  await expect(page).toHaveURL(/[?&]flow=JPN-UKR(&|$)/);
  const copied = page.url();
  await page.reload();
  await expect(flows.getByRole('button', { name: /^Japan → Ukraine: / })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(flows.getByRole('link', { name: /^Show the records of Japan → Ukraine/ })).toBeVisible();
  const other = await context.newPage();
  await other.goto(copied);
  await expect(
    other
      .getByRole('region', { name: 'Flows between countries' })
      .getByRole('button', { name: /^Japan → Ukraine: / }),
  ).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
});
