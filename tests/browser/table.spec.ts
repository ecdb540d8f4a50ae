import type { Page } from '@playwright/test';
import type { CooperationRecord } from '../../src/data/schema/records';
import { sortRecords, type RecordSort } from '../../src/data/selectors/sort-records';
import { shippedDataset } from './support/dataset-file';
import { expect as baseExpect, expectNoAxeViolations, test } from './support/fixtures';

// The first render after a page load waits for the dataset; on two cores shared with other suites
// that can take longer than the default five seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

const dataset = shippedDataset();
const total = dataset.records.length;
const PAGE_SIZE = 25;
// The app formats and sorts for British English.
const LOCALE = 'en-GB';
const newestFirst: RecordSort = { field: 'date', direction: 'desc' };
const titles = (records: CooperationRecord[]) => records.map((record) => record.title);

function table(page: Page) {
  return page.getByRole('table', { name: 'Records under the current filters' });
}

/** The titles in the table body, top to bottom. */
function shownTitles(page: Page) {
  return table(page).getByRole('rowheader');
}

function countLine(page: Page) {
  return page.getByRole('status').filter({ hasText: /^Showing/ });
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

test('the table shows the first page of the records, newest first, and counts them all', async ({ page }) => {
  await page.goto('./?tab=table');
  const expected = titles(sortRecords(dataset.records, newestFirst, LOCALE).slice(0, PAGE_SIZE));
  await expect(shownTitles(page)).toHaveText(expected);
  await expect(countLine(page)).toHaveText(`Showing 1–${PAGE_SIZE} of ${total} records`);
  await expect(table(page).getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page.getByText(`Page 1 of ${Math.ceil(total / PAGE_SIZE)}`)).toBeVisible();
});

test('a header sorts the table and a page button moves through it, both kept in the URL', async ({
  page,
}) => {
  await page.goto('./?tab=table');
  await table(page).getByRole('button', { name: 'Title' }).click();
  await expect.poll(() => param(page, 'sort')).toBe('title:asc');
  const byTitle = titles(sortRecords(dataset.records, { field: 'title', direction: 'asc' }, LOCALE));
  await expect(shownTitles(page)).toHaveText(byTitle.slice(0, PAGE_SIZE));
  await expect(table(page).getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  const next = page
    .getByRole('navigation', { name: 'Pages of records' })
    .getByRole('button', { name: 'Next page' });
  await next.click();
  await expect.poll(() => param(page, 'page')).toBe('2');
  await expect(shownTitles(page)).toHaveText(byTitle.slice(PAGE_SIZE, 2 * PAGE_SIZE));
  await expect(countLine(page)).toHaveText(`Showing ${PAGE_SIZE + 1}–${2 * PAGE_SIZE} of ${total} records`);
  await expect(next).toBeFocused();

  // A second click on the sorted header reverses it and starts again from the first page.
  await table(page).getByRole('button', { name: 'Title' }).click();
  await expect.poll(() => param(page, 'sort')).toBe('title:desc');
  expect(param(page, 'page')).toBeNull();
  await expect(shownTitles(page).first()).toHaveText(byTitle[byTitle.length - 1]!);
});

test('a title opens the record in a dialog that Escape closes, giving focus back to the title', async ({
  page,
}) => {
  await page.goto('./?tab=table');
  const [first] = sortRecords(dataset.records, newestFirst, LOCALE);
  const link = table(page).getByRole('link', { name: first!.title, exact: true });
  await link.click();

  const dialog = page.getByRole('dialog', { name: first!.title });
  await expect(dialog).toBeVisible();
  expect(param(page, 'record')).toBe(first!.id);
  expect(param(page, 'tab')).toBe('table');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('list', { name: 'Sources' }).getByRole('listitem')).toHaveCount(
    first!.sources.length,
  );

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(param(page, 'record')).toBeNull();
  await expect(link).toBeFocused();

  // The keyboard opens it too, and the Close button closes it.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();

  // So does a click on the dimmed page around it, but not a click inside it.
  await link.click();
  await dialog.getByRole('heading', { level: 2 }).click();
  await expect(dialog).toBeVisible();
  await page.mouse.click(5, 400);
  await expect(dialog).toBeHidden();
  expect(param(page, 'record')).toBeNull();
});

test('a shared link with a record reopens its dialog; Back closes it', async ({ page }) => {
  const seed = dataset.records.find((record) => record.id === 'cmaa-ukraine-meeting-2024-04-03')!;
  await page.goto(`./?tab=table&record=${seed.id}`);
  const dialog = page.getByRole('dialog', { name: seed.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Event · Meeting');
  await expect(dialog).toContainText('3 April 2024');
  const firstSource = dataset.sources.find((source) => source.id === seed.sources[0])!;
  const sourceLink = dialog.getByRole('link', { name: firstSource.title });
  await expect(sourceLink).toHaveAttribute('href', firstSource.url);
  await expect(sourceLink).toHaveAttribute('target', '_blank');
  await expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer');

  await page.reload();
  await expect(dialog).toBeVisible();

  // Opened in the page, the dialog is a history entry of its own.
  await page.goto('./?tab=table');
  const [first] = sortRecords(dataset.records, newestFirst, LOCALE);
  await table(page).getByRole('link', { name: first!.title, exact: true }).click();
  await expect(page.getByRole('dialog', { name: first!.title })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(param(page, 'tab')).toBe('table');
});

// axe walks the whole page (the old record list included), which takes a while on two busy cores.
test('the table has no accessibility violations', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./?tab=table');
  await expect(shownTitles(page)).toHaveCount(PAGE_SIZE);
  await expectNoAxeViolations(page);
});

test('the open record dialog has no accessibility violations', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./?tab=table&record=cmac-sesu-course-1-2023-01');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});
