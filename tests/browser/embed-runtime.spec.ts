// The embeds are built on Preact's React-compatible runtime (see vite.config.ts), the dashboard on
// React. These tests make sure the components behave the same inside an embed as in the dashboard:
// every chart draws and switches to its table, and the map answers the reader.
import { CHART_IDS } from '../../src/components/chart-ids';
import { countryInvolvement } from '../../src/data/selectors/involvement';
import { buildModel } from '../../src/data/selectors/model';
import { countryPartners } from '../../src/data/selectors/partners';
import { EMPTY_FILTER, filterRecords } from '../../src/data/selectors/filter';
import { countryName } from '../../src/data/selectors/names';
import { recordsPerTheme } from '../../src/data/selectors/themes';
import { shippedDataset } from './support/dataset-file';
import { expect, test } from './support/fixtures';

const dataset = shippedDataset();
const model = buildModel(dataset);
const name = (iso3: string) => countryName(model, iso3);

for (const chart of CHART_IDS) {
  test(`the ${chart} chart embed draws its chart and shows its table`, async ({ page }) => {
    await page.goto(`./embed.html?embed=chart&chart=${chart}`);
    const figure = page.getByRole('figure');
    await expect(figure.locator('svg[role="application"], .chart-empty')).toHaveCount(1, {
      timeout: 30_000,
    });
    const button = figure.getByRole('button', { name: 'Show table' });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(figure.locator('svg[role="application"]')).toHaveCount(0);
    await expect(figure.getByRole('table').locator('tbody tr').first()).toBeVisible();
  });
}

test('the themes embed draws one bar per theme in the data, and its table gives the counts', async ({
  page,
}) => {
  const { themes } = recordsPerTheme(dataset.records);
  await page.goto('./embed.html?embed=chart&chart=themes');
  const figure = page.getByRole('figure', { name: 'Records per theme' });
  await expect(figure.locator('svg path.chart-series-records')).toHaveCount(themes.length, {
    timeout: 30_000,
  });
  await figure.getByRole('button', { name: 'Show table' }).click();
  const counts = await figure.getByRole('table').locator('tbody tr td').allTextContents();
  expect(counts).toEqual(themes.map((theme) => String(theme.count)));
});

test('in the map embed, choosing a country summarises its partners, and clearing it works', async ({
  page,
}) => {
  // The full layout: the country list is the keyboard's way to choose a country.
  await page.goto('./embed.html?embed=map&layout=full');
  const cambodia = countryInvolvement(model, dataset.records).find((item) => item.iso3 === 'KHM')!;
  const button = page.getByRole('button', { name: `Cambodia: ${cambodia.count} records` });
  await button.focus();
  await page.keyboard.press('Enter');

  const summary = page.getByRole('region', { name: 'Cambodia' });
  await expect(summary).toBeVisible();
  const [first] = countryPartners(
    model,
    filterRecords(model, { ...EMPTY_FILTER, countries: ['KHM'] }),
    'KHM',
  );
  await expect(
    summary.getByRole('list', { name: 'Partner countries' }).getByRole('listitem').first(),
  ).toContainText(`${name(first!.iso3)}: ${first!.recordIds.length} shared records`);
  // The embed keeps its selection to itself: the host's address is not ours to change.
  expect(page.url()).not.toContain('select=');

  await summary.getByRole('button', { name: 'Clear selection' }).click();
  await expect(summary).toHaveCount(0);
  await expect(page.locator('.map-canvas path.leaflet-interactive').first()).toBeVisible();
});
