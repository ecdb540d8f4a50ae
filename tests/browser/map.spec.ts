import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { DatasetSchema } from '../../src/data/schema/dataset';
import { EMPTY_FILTER, filterRecords, type RecordFilter } from '../../src/data/selectors/filter';
import { countryInvolvement } from '../../src/data/selectors/involvement';
import { countryLinks } from '../../src/data/selectors/links';
import { buildModel } from '../../src/data/selectors/model';
import { countryName } from '../../src/data/selectors/names';
import { countryPartners } from '../../src/data/selectors/partners';
import { recordPlaces } from '../../src/data/selectors/places';
import { SHADE_PALETTES } from '../../src/features/map/geo/shading';
import { worldCountries } from '../../src/features/map/geo/world-countries';
import { shippedDataset } from './support/dataset-file';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// Expected values come from the dataset the build ships, through the same selectors the app uses.
const model = buildModel(DatasetSchema.parse(shippedDataset()));
const records = model.dataset.records;
const involvement = countryInvolvement(model, records);
const links = countryLinks(model, records);
const name = (iso3: string) => countryName(model, iso3);
const shapes = worldCountries(
  JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology,
);

/** Opens the map tab and waits for the map: on a busy two-core machine the app can take seconds to start. */
async function openMap(page: Page, search = '?tab=map') {
  await page.goto(`./${search}`);
  const map = page.getByRole('region', { name: 'Map of cooperation between countries' });
  await expect(map).toBeVisible({ timeout: 30_000 });
  await expect(map.locator('path.map-country').first()).toBeAttached();
  return map;
}

test('the map draws the countries, shaded by their records, and the flows of the data', async ({ page }) => {
  const map = await openMap(page);

  await expect(map.locator('path.map-country')).toHaveCount(shapes.length);
  const drawn = new Set(shapes.map((shape) => shape.iso3));
  const shaded = involvement.filter(({ iso3 }) => drawn.has(iso3));
  await expect(map.locator('path.map-country-data')).toHaveCount(shaded.length);
  const fills = await map
    .locator('path.map-country-data')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
  expect(fills.every((fill) => (SHADE_PALETTES.light as readonly string[]).includes(fill ?? ''))).toBe(true);

  await expect(
    page.getByText(`${involvement.length} countries involved; the largest flow is ${name(links[0]!.from)}`),
  ).toBeVisible();
  await expect(map.locator('path.map-flow')).toHaveCount(links.length);
  const flows = page.getByRole('region', { name: 'Flows between countries' });
  // The list shows the largest flows first and, beyond FLOWS_SHOWN, the rest behind "Show all".
  const showAll = flows.getByRole('button', { name: `Show all ${links.length} flows` });
  if ((await showAll.count()) > 0) await showAll.click();
  const flowList = flows.getByRole('button').filter({ hasNotText: 'Show fewer' });
  await expect(flowList).toHaveText(
    links.map(
      (link) => `${name(link.from)} → ${name(link.to)}: ${link.count} ${link.count === 1 ? 'link' : 'links'}`,
    ),
  );
});

test('a filter change reshades the countries in place: a country that leaves the data loses its shade and stops taking clicks', async ({
  page,
}) => {
  const drawn = new Set(shapes.map((shape) => shape.iso3));
  const shadedUnder = (types: RecordFilter['types']) =>
    countryInvolvement(model, filterRecords(model, { ...EMPTY_FILTER, types })).filter(({ iso3 }) =>
      drawn.has(iso3),
    ).length;
  const everyShade = shadedUnder([]);
  const trainingShade = shadedUnder(['training']);
  expect(trainingShade).toBeLessThan(everyShade);

  const map = await openMap(page);
  const shaded = map.locator('path.map-country-data');
  // Leaflet gives clickable shapes this class (and with it the pointer): only shaded ones may have it.
  const clickable = map.locator('path.map-country.leaflet-interactive');
  await expect(shaded).toHaveCount(everyShade);
  await expect(clickable).toHaveCount(everyShade);

  await page.getByRole('checkbox', { name: 'Training exchange' }).check();
  await expect(shaded).toHaveCount(trainingShade);
  await expect(clickable).toHaveCount(trainingShade);
  // The shapes themselves stay: only their style changed.
  await expect(map.locator('path.map-country')).toHaveCount(shapes.length);

  await page.getByRole('checkbox', { name: 'Training exchange' }).uncheck();
  await expect(shaded).toHaveCount(everyShade);
  await expect(clickable).toHaveCount(everyShade);
});

test('choosing a country from the list selects it in the URL and summarises its partners', async ({
  page,
}) => {
  await openMap(page);
  const cambodia = involvement.find((item) => item.iso3 === 'KHM')!;
  const button = page.getByRole('button', { name: `Cambodia: ${cambodia.count} records` });
  await button.focus();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/[?&]select=KHM(&|$)/);
  // Selecting is not filtering: the summary offers the records as a filter (map-readable.spec.ts).
  await expect(page).not.toHaveURL(/[?&]country=/);
  const summary = page.getByRole('region', { name: 'Cambodia' });
  await expect(summary).toBeVisible();
  const partners = countryPartners(
    model,
    filterRecords(model, { ...EMPTY_FILTER, countries: ['KHM'] }),
    'KHM',
  );
  const first = partners[0]!;
  await expect(
    summary.getByRole('list', { name: 'Partner countries' }).getByRole('listitem').first(),
  ).toContainText(`${name(first.iso3)}: ${first.recordIds.length} shared records`);

  await summary.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page).not.toHaveURL(/select=/);
});

test("a place's marker opens its records, and a record's link opens it", async ({ page }) => {
  // A view from the URL, close enough to Kyiv that its marker stands alone.
  await openMap(page, '?tab=map&map=50.45,30.5233,8');
  const kyiv = recordPlaces(records).places.find((place) => place.name === 'Kyiv')!;
  await page.getByRole('button', { name: `Kyiv: ${kyiv.recordIds.length} records` }).click();
  const firstRecord = model.recordsById.get(kyiv.recordIds[0]!)!;
  const link = page.getByRole('link', { name: `Full record: ${firstRecord.title}` });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`[?&]record=${firstRecord.id}(&|$)`));
});

test('the wheel scrolls the page over an inactive map and shows how to zoom; Ctrl + wheel zooms', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const canvas = await openMap(page);
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);

  await expect(page.getByText('Use Ctrl + scroll to zoom the map')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  expect(page.url()).not.toContain('map=');

  const moved = (await canvas.boundingBox())!;
  await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect(page).toHaveURL(/[?&]map=/);
});

test('the map tab has no accessibility violations', async ({ page }) => {
  const map = await openMap(page);
  await expect(map.locator('path.map-flow').first()).toBeAttached();
  // The map's panel only: the rest of the page is the first-page suite's, and axe over a hundred
  // records as well takes minutes on two busy cores.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .include('#panel-map')
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
});
