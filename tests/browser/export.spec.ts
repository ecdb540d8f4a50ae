import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { build, type Plugin } from 'vite';
import { localDay } from '../../src/data/export/file-names';
import type { Dataset } from '../../src/data/schema/dataset';
import { validateDataset } from '../../src/data/schema/validate';
import { EMPTY_FILTER, filterRecords, type RecordFilter } from '../../src/data/selectors/filter';
import { buildModel } from '../../src/data/selectors/model';
import { citationText } from '../../src/features/export/citation';
import { recordTable } from '../../src/features/export/record-rows';
import { createTranslator } from '../../src/i18n/translator';
import { DATASET_ROUTE, shippedDataset } from './support/dataset-file';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

const translator = createTranslator('en');

// The shipped dataset with titles a hand-rolled CSV writer would break: a comma, quotes and a line
// break in one, a spreadsheet formula in another. Both records match the filter under test.
const TRICKY_TITLE = 'CMAC course 1, "ALIS" detectors\nsecond line of the title';
const FORMULA_TITLE = '=HYPERLINK("https://example.org/","Click me")';
const dataset: Dataset = structuredClone(shippedDataset());
for (const record of dataset.records) {
  if (record.id === 'cmac-sesu-course-1-2023-01') record.title = TRICKY_TITLE;
  if (record.id === 'cmac-sesu-course-2-2023-07') record.title = FORMULA_TITLE;
}
const model = buildModel(dataset);

const filter: RecordFilter = { ...EMPTY_FILTER, countries: ['KHM'], types: ['training'] };
const records = filterRecords(model, filter);
// The view's canonical query (serializeViewState's order), so the page keeps it as it is.
const VIEW = './?tab=table&country=KHM&type=training';

/** Today as the page names files; either side of midnight during the test is accepted. */
function today(): string[] {
  const now = new Date();
  return [localDay(new Date(now.getTime() - 60_000)), localDay(now)];
}

test.beforeEach(async ({ page }) => {
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: dataset }));
});

async function openExportMenu(page: Page) {
  await page.goto(VIEW);
  await expect(page.locator('.filter-count')).toHaveText(
    `${records.length} records match out of ${dataset.records.length}`,
  );
  await page.getByRole('button', { name: 'Export' }).click();
}

test('downloads the filtered records as CSV, row for row what the page counts', async ({ page }) => {
  expect(records.map((record) => record.id)).toEqual(
    expect.arrayContaining(['cmac-sesu-course-1-2023-01', 'cmac-sesu-course-2-2023-07']),
  );
  await page.goto(VIEW);
  await expect(page.locator('.filter-count')).toHaveText(
    `${records.length} records match out of ${dataset.records.length}`,
  );
  // From the keyboard: the menu button, then the first item.
  await page.getByRole('button', { name: 'Export' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);

  const fileName = download.suggestedFilename();
  expect(today().map((day) => `cooperation-KHM-training-${day}.csv`)).toContain(fileName);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    `Downloaded ${fileName}`,
  );

  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;

  const expected = recordTable(model, records, translator);
  expect(header).toEqual(expected.header);
  expect(rows).toHaveLength(records.length);
  // Every cell as text, exactly: numbers bare, empty cells empty.
  expect(rows).toEqual(expected.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))));

  const title = header!.indexOf('Title');
  const byId = new Map(rows.map((row) => [row[0], row]));
  expect(byId.get('cmac-sesu-course-1-2023-01')![title]).toBe(TRICKY_TITLE);
  expect(byId.get('cmac-sesu-course-2-2023-07')![title]).toBe(`'${FORMULA_TITLE}`);
});

test('downloads the filtered records as JSON that passes the dataset validator', async ({ page }) => {
  await openExportMenu(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(today().map((day) => `cooperation-KHM-training-${day}.json`)).toContain(
    download.suggestedFilename(),
  );

  const file = await download.path();
  const result = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
  expect(result.ok ? [] : result.problems).toEqual([]);
  if (!result.ok) return;
  expect(result.dataset.records.map((record) => record.id)).toEqual(records.map((record) => record.id));
  expect(result.dataset.records.find((record) => record.id === 'cmac-sesu-course-1-2023-01')!.title).toBe(
    TRICKY_TITLE,
  );
  expect(result.dataset.meta.notes?.at(-1)).toContain(
    `filtered by countries: Cambodia; kinds of record: Training exchange. View: ${page.url()}`,
  );
  expect(result.dataset.$schema).toBe(new URL('api/v1/dataset.schema.json', page.url()).href);

  // And the command-line check data maintainers use.
  const output = execFileSync('./node_modules/.bin/tsx', ['scripts/validate-data.ts', file], {
    encoding: 'utf8',
  });
  expect(output).toContain(`valid: ${records.length} records`);
});

test.describe('copy citation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the citation with the access date and the view link, and says so', async ({ page }) => {
    await openExportMenu(page);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation' })).toHaveText('Citation copied');
    await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = (date: Date) => citationText(dataset.meta, date, page.url(), translator);
    const now = new Date();
    expect([expected(new Date(now.getTime() - 60_000)), expected(now)]).toContain(copied);
    expect(copied).toContain(`View: ${page.url()}`);
  });
});

test('offers the citation to copy by hand where there is no clipboard', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await openExportMenu(page);
  await page.getByRole('button', { name: 'Copy citation' }).click();

  const box = page.getByRole('textbox', { name: 'Citation' });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('readonly', '');
  expect(await box.inputValue()).toContain(`${dataset.meta.citation} Accessed `);
  await expect(page.getByRole('status').filter({ hasText: 'clipboard' })).toContainText(
    'The clipboard is not available here',
  );
  await expectNoAxeViolations(page);
});

// The charts are not in this build yet, so the chart export runs on figures made in the page (one
// with DOM APIs, one drawn by Recharts), with the real module, under the real CSP: the module is
// bundled by Vite and served from the app's own origin (script-src 'self'), as the app's code is.
const MODULE_URL = '/__chart-export-under-test.js';
const ENTRY = `
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
export { chartFigureToSvg } from '${process.cwd()}/src/components/chart-image/chart-svg.ts';
export { chartPng } from '${process.cwd()}/src/components/chart-image/chart-png.ts';

const data = [{ year: '2022', records: 4 }, { year: '2023', records: 9 }, { year: '2024', records: 6 }];
export function renderRechartsChart(container) {
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      h(BarChart, { width: 400, height: 240, data },
        h(CartesianGrid, { strokeDasharray: '3 3' }),
        h(XAxis, { dataKey: 'year' }),
        h(YAxis, {}),
        h(Legend, {}),
        h(Bar, { dataKey: 'records', name: 'Records', fill: '#0b5cad', isAnimationActive: false }),
      ),
    ),
  );
  return root;
}
`;
// Bundling React and Recharts takes seconds on two cores: once per worker is enough.
let bundle: Promise<string> | undefined;
const bundleChartExport = () => (bundle ??= buildChartExport());
async function buildChartExport(): Promise<string> {
  const entry: Plugin = {
    name: 'chart-export-entry',
    // Lib mode hands the entry over as a path under the project root.
    resolveId: (id) => (id.endsWith('chart-export-entry') ? '\0chart-export-entry' : null),
    load: (id) => (id === '\0chart-export-entry' ? ENTRY : null),
  };
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [entry],
    // Lib mode leaves process.env alone; React needs it replaced to run in a page.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      lib: { entry: 'chart-export-entry', formats: ['iife'], name: 'chartExportUnderTest' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (result === undefined || !('output' in result)) throw new Error('bundling the chart export failed');
  return result.output[0].code;
}

interface ChartExportUnderTest {
  chartFigureToSvg: (figure: HTMLElement) => { svg: string; width: number; height: number } | null;
  chartPng: (image: { svg: string; width: number; height: number }) => Promise<Blob>;
  renderRechartsChart: (container: HTMLElement) => { unmount: () => void };
}

async function loadChartExport(page: Page): Promise<void> {
  const code = await bundleChartExport();
  await page.route(`**${MODULE_URL}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: code }),
  );
  await page.goto(VIEW);
  await expect(page.locator('.filter-count')).toBeVisible();
  await page.addScriptTag({ url: MODULE_URL });
}

test('exports a chart figure as SVG and as a 2× PNG with its title and source', async ({ page }) => {
  await loadChartExport(page);

  const result = await page.evaluate(async () => {
    const exporter = (window as unknown as { chartExportUnderTest: ChartExportUnderTest })
      .chartExportUnderTest;
    const SVG = 'http://www.w3.org/2000/svg';
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    const heading = document.createElement('h2');
    heading.textContent = 'Records per year';
    caption.append(heading);
    figure.append(caption);
    const chart = document.createElementNS(SVG, 'svg');
    chart.setAttribute('width', '300');
    chart.setAttribute('height', '200');
    chart.setAttribute('viewBox', '0 0 300 200');
    const bar = document.createElementNS(SVG, 'rect');
    for (const [name, value] of Object.entries({ x: '20', y: '40', width: '100', height: '160' })) {
      bar.setAttribute(name, value);
    }
    // A look from script (CSSOM, allowed by the CSP), which only computed styles can carry into the file.
    bar.style.fill = 'rgb(11, 92, 173)';
    chart.append(bar);
    figure.append(chart);
    const source = document.createElement('p');
    source.className = 'chart-source';
    source.textContent = 'Source: sample dataset, as of November 2026.';
    figure.append(source);
    document.querySelector('main')!.append(figure);

    const image = exporter.chartFigureToSvg(figure)!;
    const png = await exporter.chartPng(image);
    // Read the PNG back and sample the middle of the bar, at twice the size.
    const bitmap = await createImageBitmap(png);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    const parsed = new DOMParser().parseFromString(image.svg, 'image/svg+xml').documentElement;
    const chartY = Number([...parsed.children].find((child) => child.tagName === 'svg')!.getAttribute('y'));
    const pixel = (x: number, y: number) => [...context.getImageData(x * 2, y * 2, 1, 1).data];
    const texts = [...parsed.children]
      .filter((child) => child.tagName === 'text')
      .map((text) => text.textContent);
    figure.remove();
    return {
      svg: image.svg,
      width: image.width,
      height: image.height,
      texts,
      pngType: png.type,
      pngWidth: bitmap.width,
      pngHeight: bitmap.height,
      barPixel: pixel(16 + 20 + 50, chartY + 40 + 80),
      cornerPixel: pixel(2, 2),
    };
  });

  expect(result.texts).toEqual(['Records per year', 'Source: sample dataset, as of November 2026.']);
  expect(result.svg).toContain('fill="rgb(11, 92, 173)"');
  expect(result.pngType).toBe('image/png');
  expect(result.pngWidth).toBe(result.width * 2);
  expect(result.pngHeight).toBe(result.height * 2);
  expect(result.barPixel).toEqual([11, 92, 173, 255]);
  expect(result.cornerPixel).toEqual([255, 255, 255, 255]);
});

test('exports a chart drawn by Recharts, style attributes and legend included, without a CSP report', async ({
  page,
}) => {
  await loadChartExport(page);
  const result = await page.evaluate(async () => {
    const exporter = (window as unknown as { chartExportUnderTest: ChartExportUnderTest })
      .chartExportUnderTest;
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    const heading = document.createElement('h2');
    heading.textContent = 'Records per year';
    caption.append(heading);
    const body = document.createElement('div');
    const source = document.createElement('p');
    source.className = 'chart-source';
    source.textContent = 'Source: sample dataset.';
    figure.append(caption, body, source);
    document.querySelector('main')!.append(figure);
    const root = exporter.renderRechartsChart(body);

    // The first bar, in the chart's own coordinates, to find it again in the picture.
    const bar = body.querySelector('.recharts-bar-rectangle path') as SVGGraphicsElement;
    const box = bar.getBBox();
    // Recharts styles some elements through style attributes; a clone of them would break the CSP.
    const styledElements = body.querySelectorAll('svg [style], svg[style]').length;
    const image = exporter.chartFigureToSvg(figure)!;
    const png = await exporter.chartPng(image);
    const bitmap = await createImageBitmap(png);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    const parsed = new DOMParser().parseFromString(image.svg, 'image/svg+xml').documentElement;
    const chart = [...parsed.children].find((child) => child.tagName === 'svg')!;
    const x = 2 * (Number(chart.getAttribute('x')) + box.x + box.width / 2);
    const y = 2 * (Number(chart.getAttribute('y')) + box.y + box.height / 2);
    const pixel = [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data];
    root.unmount();
    figure.remove();
    return {
      svg: image.svg,
      chartWidth: chart.getAttribute('width'),
      styledElements,
      pixel,
      pngWidth: bitmap.width,
      width: image.width,
    };
  });

  expect(result.styledElements).toBeGreaterThan(0);
  expect(result.chartWidth).toBe('400');
  expect(result.svg).toContain('>Records per year</text>');
  expect(result.svg).toContain('>Source: sample dataset.</text>');
  // The legend Recharts draws in HTML is in the picture too.
  expect(result.svg).toContain('>Records</text>');
  expect(result.svg).not.toMatch(/\sstyle=/);
  expect(result.pngWidth).toBe(result.width * 2);
  expect(result.pixel).toEqual([11, 92, 173, 255]);
});
