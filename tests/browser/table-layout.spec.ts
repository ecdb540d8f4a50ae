import type { Page } from '@playwright/test';
import type { CooperationRecord } from '../../src/data/schema/records';
import { partyLabel } from '../../src/data/selectors/shown-parties';
import { sortRecords, type RecordSort, type RolesView } from '../../src/data/selectors/sort-records';
import { shippedModel } from './support/model';
import { expect as baseExpect, expectNoAxeViolations, test } from './support/fixtures';

// As in table.spec.ts: the first render waits for the dataset, slowly on shared cores.
const expect = baseExpect.configure({ timeout: 15_000 });
const LOCALE = 'en-GB';
const PAGE_SIZE = 25;

const model = shippedModel();
const records = model.dataset.records;
// With no country or organisation chosen, a Roles cell lists every party, by its acronym if it has one.
const everyParty: RolesView = {
  parties: (record) => record.parties,
  name: (party) => partyLabel(model, party).short,
};
const titles = (list: CooperationRecord[]) => list.map((record) => record.title);
const firstPage = (sort: RecordSort) =>
  titles(sortRecords(records, sort, LOCALE, everyParty).slice(0, PAGE_SIZE));

const COLUMNS = {
  en: ['Date', 'Title', 'Type', 'Countries involved', 'Amount', 'Roles', 'Place', 'Confidence', 'Sources'],
  uk: ['Дата', 'Назва', 'Тип', 'Залучені країни', 'Сума', 'Ролі', 'Місце', 'Достовірність', 'Джерела'],
} as const;
const CAPTION = { en: 'Records under the current filters', uk: 'Записи за поточними фільтрами' } as const;

async function pageScrollsSideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const width of [1280, 1440, 1920]) {
  for (const language of ['en', 'uk'] as const) {
    test(`at ${width} px in ${language} the table shows every column header whole, without scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?tab=table&lang=${language}`);
      const table = page.getByRole('table', { name: CAPTION[language] });
      await expect(table.getByRole('rowheader')).toHaveCount(PAGE_SIZE);
      const headers = table.getByRole('columnheader');
      await expect(headers).toHaveText([...COLUMNS[language]]);
      // The box the table shows through: the frame around it, whose scrolling region clips it.
      const frame = (await page.locator('.record-table-frame').boundingBox())!;
      for (const header of await headers.all()) {
        const box = (await header.boundingBox())!;
        expect(box.x, await header.innerText()).toBeGreaterThanOrEqual(frame.x);
        expect(box.x + box.width, await header.innerText()).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        // A header's words stay whole: nothing in it is wider than the header itself.
        const spills = await header.evaluate((cell) => cell.scrollWidth > cell.clientWidth);
        expect(spills, await header.innerText()).toBe(false);
      }
      // Nothing to scroll, so no region to scroll with the keyboard and no "scroll sideways" hint.
      await expect(page.getByRole('region', { name: /scroll/i })).toHaveCount(0);
      expect(await pageScrollsSideways(page)).toBe(0);
    });
  }
}

test('between a phone and a desktop the table scrolls in a named region and shows which side hides columns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto('./?tab=table');
  const region = page.getByRole('region', { name: 'Records table; scroll sideways to see every column' });
  await expect(region).toBeVisible();
  await expect(page.getByText('Scroll the table sideways to see every column.')).toBeVisible();
  expect(await pageScrollsSideways(page)).toBe(0);
  const frame = page.locator('.record-table-frame');
  await expect(frame).toHaveAttribute('data-more-after', 'true');
  await expect(frame).not.toHaveAttribute('data-more-before');
  // The shadow at the hidden side is drawn, not only flagged.
  const shadow = () => frame.evaluate((element) => getComputedStyle(element, '::after').opacity);
  await expect.poll(shadow).toBe('1');

  // The keyboard reaches the region and scrolls it to the last column.
  await region.focus();
  await expect(region).toBeFocused();
  for (let step = 0; step < 20; step += 1) await page.keyboard.press('ArrowRight');
  await expect(frame).toHaveAttribute('data-more-before', 'true');
  await expect(frame).not.toHaveAttribute('data-more-after');
  // The last column now shows in full inside the frame.
  const frameBox = (await frame.boundingBox())!;
  const sources = (await page.getByRole('columnheader', { name: 'Sources' }).boundingBox())!;
  expect(sources.x + sources.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 0.5);
  expect(sources.x).toBeGreaterThanOrEqual(frameBox.x);
});

test('on a phone the records are cards with title, date, type and amount, and no sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./?tab=table');
  const list = page.getByRole('list', { name: 'Records under the current filters' });
  const cards = list.getByRole('article');
  await expect(cards).toHaveCount(PAGE_SIZE);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(
    firstPage({ field: 'date', direction: 'desc' }),
  );
  expect(await pageScrollsSideways(page)).toBe(0);

  // Each field of the first card is on screen in full, beside its name.
  const first = cards.first();
  for (const name of ['Date', 'Type', 'Amount', 'Sources']) {
    const term = first.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) });
    await term.scrollIntoViewIfNeeded();
    await expect(term).toBeInViewport({ ratio: 1 });
  }
  for (const value of await first.getByRole('definition').all()) {
    const box = (await value.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
  await expect(first.getByRole('heading')).toBeInViewport({ ratio: 1 });
});

test("on a phone a card's amount carries its qualifier, and its title opens the record's dialog", async ({
  page,
}) => {
  const japan = model.recordsById.get('japan-ukraine-demining-support-2022-2024')!;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`./?tab=table&q=${encodeURIComponent(japan.title)}`);
  const card = page.getByRole('article', { name: japan.title });
  await expect(card).toBeVisible();
  const terms = await card.getByRole('term').allInnerTexts();
  await expect(card.getByRole('definition').nth(terms.indexOf('Amount'))).toHaveText(
    'at least US$70,000,000',
  );
  await expect(card.getByRole('definition').nth(terms.indexOf('Type'))).toHaveText('Partnership · Funding');

  const link = card.getByRole('link', { name: japan.title });
  await link.click();
  const dialog = page.getByRole('dialog', { name: japan.title });
  await expect(dialog).toBeVisible();
  expect(new URL(page.url()).searchParams.get('record')).toBe(japan.id);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
});

test('the Roles header sorts the table by role, and the order survives a reload', async ({ page }) => {
  await page.goto('./?tab=table');
  const table = page.getByRole('table', { name: 'Records under the current filters' });
  const byDate = firstPage({ field: 'date', direction: 'desc' });
  await expect(table.getByRole('rowheader')).toHaveText(byDate);

  await table.getByRole('button', { name: 'Roles' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('roles:asc');
  const byRoles = firstPage({ field: 'roles', direction: 'asc' });
  expect(byRoles).not.toEqual(byDate);
  await expect(table.getByRole('rowheader')).toHaveText(byRoles);
  await expect(table.getByRole('columnheader', { name: 'Roles' })).toHaveAttribute('aria-sort', 'ascending');
  // Donors lead: the first row lists a donor.
  await expect(table.locator('tbody tr').first().locator('.cell-parties')).toContainText(': donor');

  await page.reload();
  await expect(table.getByRole('rowheader')).toHaveText(byRoles);
  await expect(table.getByRole('columnheader', { name: 'Roles' })).toHaveAttribute('aria-sort', 'ascending');

  await table.getByRole('button', { name: 'Roles' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('roles:desc');
  await expect(table.getByRole('rowheader')).toHaveText(firstPage({ field: 'roles', direction: 'desc' }));
});

test('on a phone "Sort by" and "Order" sort the cards and keep the sort in the URL', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./?tab=table');
  const headings = page.getByRole('article').getByRole('heading', { level: 3 });
  await expect(headings).toHaveText(firstPage({ field: 'date', direction: 'desc' }));

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Roles' });
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('roles:desc');
  await expect(headings).toHaveText(firstPage({ field: 'roles', direction: 'desc' }));

  await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Ascending' });
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('roles:asc');
  await expect(headings).toHaveText(firstPage({ field: 'roles', direction: 'asc' }));

  // The same link on a desktop opens the table sorted alike.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByRole('columnheader', { name: 'Roles' })).toHaveAttribute('aria-sort', 'ascending');
});

// axe walks the whole page, which takes a while on two busy cores.
test('the record cards on a phone have no accessibility violations', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./?tab=table');
  await expect(page.getByRole('article')).toHaveCount(PAGE_SIZE);
  await expectNoAxeViolations(page);
});
