import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { shippedDataset } from './support/dataset-file';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

// The real open data the importers are tested on lives beside the clone (CI checks out shared/ there).
const SHARED_DIR = process.env.SHARED_DIR ?? resolve('..', 'shared');
const IATI_FILE = resolve(SHARED_DIR, 'data/iati/mine-action-activities.iati-2.03.xml');

const published = shippedDataset();

interface FileToOpen {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Waits for the published dataset, then picks `file` through the header's "Open a data file" dialog. */
async function openFile(page: Page, file: FileToOpen) {
  await expect(page.getByRole('heading', { level: 1, name: published.meta.title })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Open a data file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a data file' });
  await dialog.getByLabel('Choose a file (XML or JSON)').setInputFiles(file);
  return dialog;
}

/** Every request the page makes from now on that could carry data out: anything but a plain GET. */
function watchOutgoingData(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' || request.postData() !== null)
      sent.push(`${request.method()} ${request.url()}`);
  });
  return sent;
}

const banner = (page: Page) => page.getByRole('region', { name: /^Showing a file opened on this computer/ });

test('a dataset file opened in the browser shows in every view, and the published data comes back', async ({
  page,
}) => {
  const [first, ...rest] = published.records;
  const own = {
    ...published,
    meta: { ...published.meta, title: 'Our field office’s records' },
    // It names only its country, as imported activities may: the map draws it there, marked approximate.
    records: [
      {
        ...first!,
        title: 'A record only our file has',
        place: { name: 'Cambodia', country: 'KHM', approximate: true as const },
      },
      ...rest,
    ],
  };
  const sent = watchOutgoingData(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./?tab=table&q=only+our+file');
  const dialog = await openFile(page, {
    name: 'our-records.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(own)),
  });
  await expect(dialog).toBeHidden();
  // Parsed off the page's thread: the import worker ran.
  expect(workers.some((url) => url.includes('import-worker'))).toBe(true);

  await expect(banner(page)).toContainText('our-records.json');
  await expect(banner(page).getByRole('status')).toHaveText(
    `${own.records.length} records taken; nothing left out.`,
  );
  // The importer writes the dataset's title (it may keep the file's or name the import), not the page.
  await expect(page.getByRole('heading', { level: 1, name: published.meta.title })).toHaveCount(0);
  await expect(page.getByRole('table').getByText('A record only our file has')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('data')).toBe('local');
  await expectNoAxeViolations(page);

  mkdirSync('artifacts', { recursive: true });
  await page.getByRole('tab', { name: 'Map' }).click();
  // Places keep off the countries at world zoom; the legend's switch shows them at every zoom.
  await page.getByRole('checkbox', { name: /^Show places at every zoom/ }).check();
  await expect(
    page.getByRole('button', { name: 'Cambodia, approximate location: 1 record names only the country' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Dashed circles: records that name only their country')).toBeVisible();
  await page.locator('.coop-map-main').screenshot({ path: 'artifacts/local-data-approximate-map.png' });

  // Banner screenshots for a person to look at (artifacts/ is not committed).
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `the page sticks out by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `artifacts/local-data-banner-${width}.png` });
  }

  await banner(page).getByRole('button', { name: 'Back to the published dataset' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: published.meta.title })).toBeVisible();
  expect(new URL(page.url()).searchParams.has('data')).toBe(false);
  expect(sent, 'requests that could carry the file away').toEqual([]);
});

test('the open-file dialog is keyboard operable and passes axe', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: published.meta.title })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Open a data file' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Open a data file' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Choose a file (XML or JSON)')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open a data file' })).toBeFocused();
});

test('a link made while a local file was open says it shows the published dataset', async ({ page }) => {
  await page.goto('./?data=local');
  await expect(page.getByRole('alert')).toContainText(
    'This link was made with a data file opened locally, which links cannot carry; showing the published dataset.',
  );
  await expect(page.getByRole('heading', { level: 1, name: published.meta.title })).toBeVisible();
});

test('the real IATI file shows its countries on the map and its activities in the table', async ({
  page,
}) => {
  const sent = watchOutgoingData(page);
  await page.goto('./?tab=map');
  await openFile(page, {
    name: 'mine-action-activities.iati-2.03.xml',
    mimeType: 'application/xml',
    buffer: readFileSync(IATI_FILE),
  });
  await expect(banner(page)).toContainText('mine-action-activities.iati-2.03.xml', { timeout: 30_000 });

  const countries = page.getByRole('region', { name: 'Countries with records' }).getByRole('button');
  await expect(countries.filter({ hasText: /^Ukraine: / })).toHaveCount(1);
  await expect(countries.filter({ hasText: /^Bosnia and Herzegovina: / })).toHaveCount(1);

  await page.getByRole('tab', { name: 'Records' }).click();
  await expect(
    page.getByRole('table').getByText('Humanitarian mine action in Ukraine NL MFA 2020-2024'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(sent, 'requests that could carry the file away').toEqual([]);
});

test('an entity bomb and a truncated XML file get messages, and the published data stays', async ({
  page,
}) => {
  await page.goto('./');
  const bomb =
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' +
    Array.from({ length: 9 }, (_, level) => {
      const previous = level === 0 ? 'lol' : `lol${level}`;
      return ` <!ENTITY lol${level + 1} "${`&${previous};`.repeat(10)}">\n`;
    }).join('') +
    ']>\n<iati-activities version="2.03"><iati-activity><title><narrative>&lol9;</narrative></title></iati-activity></iati-activities>\n';
  const dialog = await openFile(page, {
    name: 'lolz.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(bomb),
  });
  const bombAlert = dialog.getByRole('alert', { name: 'The file could not be opened' });
  await expect(bombAlert.getByRole('listitem').first()).toContainText('lolz.xml', { timeout: 30_000 });
  await expect(bombAlert).toContainText('Nothing has changed');

  const truncated = readFileSync(IATI_FILE, 'utf8').slice(0, 5000);
  await dialog.getByLabel('Choose a file (XML or JSON)').setInputFiles({
    name: 'truncated.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(truncated),
  });
  await expect(bombAlert.getByRole('listitem').first()).toContainText('truncated.xml', { timeout: 30_000 });
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: published.meta.title })).toBeVisible();
});
