import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { topActors } from '../../src/data/selectors/activity';
import { recordsPerYearByType } from '../../src/data/selectors/by-year';
import { EMPTY_FILTER, filterRecords } from '../../src/data/selectors/filter';
import { fundingByActor } from '../../src/data/selectors/funding';
import { buildModel } from '../../src/data/selectors/model';
import { countryName } from '../../src/data/selectors/names';
import { recordsPerTheme } from '../../src/data/selectors/themes';
import { peopleTrainedPerYear } from '../../src/data/selectors/trained';
import { trainingPairs } from '../../src/data/selectors/training-pairs';
import { fundingSeries } from '../../src/features/charts/builders/funding';
import { asRange, cellText } from '../../src/features/charts/series';
import { createTranslator } from '../../src/i18n/translator';
import { shippedDataset } from './support/dataset-file';
import { expect, test } from './support/fixtures';

const dataset = shippedDataset();
const model = buildModel(dataset);
const records = dataset.records;
const i18n = createTranslator('en');
const asOfInWords = i18n.formatPartialDate(dataset.meta.asOf);
const TOP = 10;

const TITLES = {
  perYear: 'Records per year by kind',
  activity: 'Most active countries and organisations by role',
  themes: 'Records per theme',
  trained: 'People trained per year',
  pairs: 'People trained by trainer and trainee country',
  funding: 'Funding by donor and recipient',
} as const;

function figure(page: Page, title: string): Locator {
  return page.getByRole('figure', { name: title });
}

/** The bars of one series that have a length (Recharts draws no path for a zero). */
function bars(card: Locator, dataKey: string): Locator {
  return card.locator(`svg path.chart-series-${dataKey}`);
}

/** The texts written at the ends of the bars. */
async function barLabels(card: Locator): Promise<string[]> {
  return card.locator('svg .recharts-label-list text').allTextContents();
}

/** Every body row of a table as texts, row header first. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? '')),
    );
}

function rangeText(min: number, max: number, one: (value: number) => string = i18n.formatNumber): string {
  return min === max ? one(min) : `${one(min)}–${one(max)}`;
}

function peopleText(row: { min: number; max: number; trainings: number; trainingsWithoutCount: number }) {
  return row.trainings === row.trainingsWithoutCount ? 'not stated' : rangeText(row.min, row.max);
}

async function openCharts(page: Page, query = ''): Promise<void> {
  await page.goto(`./?tab=charts${query}`);
  // Generous: on a busy two-core machine the dataset and the charts' code can take a while.
  await expect(page.getByRole('figure')).toHaveCount(Object.keys(TITLES).length, { timeout: 30_000 });
  // Every chart has measured its card and drawn its SVG (or said it has nothing to draw).
  await expect(
    page.locator('figure').filter({ has: page.locator('svg[role="application"], .chart-empty') }),
  ).toHaveCount(Object.keys(TITLES).length);
}

test('each chart draws one bar per value the selectors give, labelled with their numbers', async ({
  page,
}) => {
  await openCharts(page);

  const perYear = recordsPerYearByType(records);
  const perYearCard = figure(page, TITLES.perYear);
  for (const type of ['partnership', 'training', 'event'] as const) {
    await expect(bars(perYearCard, type)).toHaveCount(perYear.filter((row) => row[type] > 0).length);
  }

  const givers = topActors(model, records, { by: 'country', group: 'giving' }).slice(0, TOP);
  const activityCard = figure(page, TITLES.activity);
  await expect(bars(activityCard, 'records')).toHaveCount(givers.length);
  expect(await barLabels(activityCard)).toEqual(givers.map((actor) => i18n.formatNumber(actor.count)));

  const { themes } = recordsPerTheme(records);
  const themesCard = figure(page, TITLES.themes);
  await expect(bars(themesCard, 'records')).toHaveCount(themes.length);
  expect(await barLabels(themesCard)).toEqual(themes.map((theme) => i18n.formatNumber(theme.count)));

  const trained = peopleTrainedPerYear(records);
  const trainedCard = figure(page, TITLES.trained);
  await expect(bars(trainedCard, 'peopleLow')).toHaveCount(trained.filter((row) => row.min > 0).length);
  await expect(bars(trainedCard, 'peopleUncertain')).toHaveCount(
    trained.filter((row) => row.max > row.min).length,
  );
  expect(await barLabels(trainedCard)).toEqual(trained.map(peopleText));

  const pairs = trainingPairs(model, records).pairs.slice(0, TOP);
  const pairsCard = figure(page, TITLES.pairs);
  await expect(bars(pairsCard, 'peopleLow')).toHaveCount(pairs.filter((pair) => pair.min > 0).length);
  expect(await barLabels(pairsCard)).toEqual(pairs.map(peopleText));

  // Sole amounts and joint ones (once each), as the chart's series orders them.
  const [firstCurrency] = fundingByActor(model, records, { side: 'donor', by: 'country' }).currencies;
  const donors = fundingSeries(model, firstCurrency!, 'country', i18n).rows.map((row) =>
    asRange(row.values.amount),
  );
  const fundingCard = figure(page, TITLES.funding);
  await expect(bars(fundingCard, 'amountLow')).toHaveCount(donors.filter((amount) => amount.min > 0).length);
  await expect(bars(fundingCard, 'amountUncertain')).toHaveCount(
    donors.filter((amount) => amount.max > amount.min).length,
  );
});

test('each table toggle shows the numbers the selectors compute', async ({ page }) => {
  await openCharts(page);

  const showTable = async (title: string) => {
    const card = figure(page, title);
    const button = card.getByRole('button', { name: 'Show table' });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(card.locator('svg[role="application"]')).toHaveCount(0);
    return card.getByRole('table', { name: title });
  };

  expect(await tableRows(await showTable(TITLES.perYear))).toEqual(
    recordsPerYearByType(records).map((row) => [
      String(row.year),
      String(row.partnership),
      String(row.training),
      String(row.event),
    ]),
  );
  expect(await tableRows(await showTable(TITLES.activity))).toEqual(
    topActors(model, records, { by: 'country', group: 'giving' })
      .slice(0, TOP)
      .map((actor) => [countryName(model, actor.id), i18n.formatNumber(actor.count)]),
  );
  expect(await tableRows(await showTable(TITLES.themes))).toEqual(
    recordsPerTheme(records).themes.map((theme) => [
      i18n.t(`theme.${theme.theme}`),
      i18n.formatNumber(theme.count),
    ]),
  );
  expect(await tableRows(await showTable(TITLES.trained))).toEqual(
    peopleTrainedPerYear(records).map((row) => [
      String(row.year),
      peopleText(row),
      i18n.formatNumber(row.trainings),
      i18n.formatNumber(row.trainingsWithoutCount),
    ]),
  );
  expect(await tableRows(await showTable(TITLES.pairs))).toEqual(
    trainingPairs(model, records)
      .pairs.slice(0, TOP)
      .map((pair) => [
        `${countryName(model, pair.from)}\u00a0→ ${countryName(model, pair.to)}`,
        peopleText(pair),
        i18n.formatNumber(pair.trainings),
        i18n.formatNumber(pair.trainingsWithoutCount),
      ]),
  );

  const fundingTable = await showTable(TITLES.funding);
  const currencies = page.getByRole('group', { name: 'Currency' });
  for (const funding of fundingByActor(model, records, { side: 'donor', by: 'country' }).currencies) {
    await currencies.getByRole('radio', { name: new RegExp(`^${funding.currency} `) }).check();
    const series = fundingSeries(model, funding, 'country', i18n);
    // Node's ICU and Chromium's may space a date range differently (thin or plain space).
    const spaced = (rows: string[][]) => rows.map((row) => row.map((cell) => cell.replace(/\s/g, ' ')));
    expect(spaced(await tableRows(fundingTable))).toEqual(
      spaced(
        series.rows.map((row) => [row.label, ...series.measures.map((measure) => cellText(measure, row))]),
      ),
    );
  }

  // And back: the chart returns.
  const perYearCard = figure(page, TITLES.perYear);
  await perYearCard.getByRole('button', { name: 'Show chart' }).click();
  await expect(perYearCard.locator('svg[role="application"]')).toHaveCount(1);
  await expect(perYearCard.getByRole('table')).toHaveCount(0);
});

test('the charts follow the filters in the URL', async ({ page }) => {
  const trainings = filterRecords(model, { ...EMPTY_FILTER, types: ['training'] });
  await openCharts(page, '&type=training');
  const card = figure(page, TITLES.perYear);
  await expect(card).toContainText(
    `Source: ${dataset.meta.title}, as of ${asOfInWords}; ${trainings.length} records under the current filters.`,
  );
  await expect(bars(card, 'partnership')).toHaveCount(0);
  await expect(bars(card, 'training')).toHaveCount(
    recordsPerYearByType(trainings).filter((row) => row.training > 0).length,
  );
  // No training carries an amount: the funding chart says so instead of drawing empty axes.
  await expect(figure(page, TITLES.funding)).toContainText('No records with amounts under these filters.');
});

/**
 * Runs axe (the same WCAG 2.2 A/AA and best-practice rules as the shared helper) over the charts
 * panel only: the rest of the page has its own specs, and axe over all 109 records takes minutes
 * on a busy two-core machine.
 */
async function expectNoAxeViolationsInCharts(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('#panel-charts')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

test('the charts and their tables have no accessibility violations', async ({ page }) => {
  test.slow();
  await openCharts(page);
  await expectNoAxeViolationsInCharts(page);
  for (const button of await page.getByRole('button', { name: 'Show table' }).all()) await button.click();
  await expect(page.getByRole('table')).toHaveCount(Object.keys(TITLES).length);
  await expectNoAxeViolationsInCharts(page);
});

test('on a phone the charts fit the screen, one column wide', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openCharts(page);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    cards: Array.from(
      document.querySelectorAll('figure'),
      (element) => element.getBoundingClientRect().width,
    ),
  }));
  expect(widths.page).toBeLessThanOrEqual(375);
  // One column: every card is as wide as the first.
  expect(new Set(widths.cards.map(Math.round)).size).toBe(1);
});
