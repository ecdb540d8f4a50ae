import type { Locator, Page } from '@playwright/test';
import { countryInvolvement } from '../../src/data/selectors/involvement';
import { EMPTY_FILTER, filterRecords } from '../../src/data/selectors/filter';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { shippedModel } from './support/model';

// Issue 15, "On a phone": the explore view's first screen shows the data and its live count, the
// filters open in a drawer that counts as you tick, the tabs keep to one row in every language,
// and no tab scrolls sideways. Expected numbers come from the shipped dataset through the app's
// own selectors.

const LOADING = { timeout: 30_000 };
const model = shippedModel();
const total = model.dataset.records.length;
const cambodia = filterRecords(model, { ...EMPTY_FILTER, countries: ['KHM'] });
const matching = (count: number) => `${count} records match out of ${total}`;
const involved = (count: number) => `${count} countries involved`;

async function openMap(page: Page, search = '?tab=map') {
  await page.goto(`./${search}`);
  const map = page.getByRole('region', { name: 'Map of cooperation between countries' });
  await expect(map).toBeVisible(LOADING);
  await expect(map.locator('path.map-country').first()).toBeAttached();
  return map;
}

/** The element's box lies inside the first screen (the page not scrolled). */
async function expectInFirstScreen(locator: Locator, height: number) {
  const box = await locator.boundingBox();
  expect(box, 'on the page').not.toBeNull();
  expect(box!.y, 'top edge on the first screen').toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, 'bottom edge on the first screen').toBeLessThanOrEqual(height);
}

for (const height of [667, 812]) {
  test(`at 375×${height} the first screen shows the map and the live count`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height });
    const map = await openMap(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const count = page.getByRole('status').filter({ hasText: matching(total) });
    await expect(count).toBeVisible();
    await expectInFirstScreen(count, height);
    // A good part of the map, not a sliver: its top edge leaves at least 180 px of it on screen.
    const box = (await map.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(height - box.y, 'map height on the first screen').toBeGreaterThanOrEqual(180);
    await expectInFirstScreen(
      page.getByText(involved(countryInvolvement(model, model.dataset.records).length)),
      height,
    );
  });
}

test('at 375 px the filter drawer counts as you tick, and the first screen follows', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openMap(page);
  // The side panel of wide screens is not there; the bar's button opens the drawer.
  await expect(page.getByRole('complementary', { name: 'Filters' })).toHaveCount(0);
  const opener = page.getByRole('button', { name: 'Filters', exact: true });
  await opener.click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('status')).toHaveText(matching(total));

  await drawer.getByRole('checkbox', { name: 'Cambodia', exact: true }).check();
  await expect(drawer.getByRole('status')).toHaveText(matching(cambodia.length));
  const done = drawer.getByRole('button', { name: `Show ${cambodia.length} records` });
  await expect(done).toBeVisible();
  await done.click();
  await expect(drawer).toBeHidden();

  // Back on the first screen: the count, the filter's number on the button and the map all changed.
  await expect(page).toHaveURL(/[?&]country=KHM(&|$)/);
  const reopen = page.getByRole('button', { name: 'Filters (1)' });
  await expect(reopen).toBeFocused();
  const count = page.getByRole('status').filter({ hasText: matching(cambodia.length) });
  await expect(count).toBeVisible();
  await expectInFirstScreen(count, 667);
  const sentence = page.getByText(involved(countryInvolvement(model, cambodia).length));
  await expect(sentence).toBeVisible();
  await expectInFirstScreen(sentence, 667);
});

test('the filter drawer keeps focus inside, closes on Escape and returns focus', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openMap(page);
  const opener = page.getByRole('button', { name: 'Filters', exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Close' })).toBeFocused();

  // Backwards from the first control and forwards through the first few: focus never reaches
  // the page behind the drawer (the modal dialog makes it inert).
  const focusIsOutside = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active !== null && active !== document.body && active.closest('dialog') === null;
    });
  await page.keyboard.press('Shift+Tab');
  expect(await focusIsOutside()).toBe(false);
  for (let step = 0; step < 6; step += 1) {
    await page.keyboard.press('Tab');
    expect(await focusIsOutside(), `after ${step + 1} Tab presses`).toBe(false);
  }

  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(opener).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open filter drawer has no accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 375, height: 667 });
    await openMap(page, '?tab=map&country=KHM');
    await page.getByRole('button', { name: 'Filters (1)' }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

const TAB_NAMES: Record<string, string[]> = {
  en: ['Map', 'Charts', 'Timeline', 'Records'],
  km: ['ផែនទី', 'គំនូសតាង', 'បន្ទាត់ពេលវេលា', 'កំណត់ត្រា'],
  uk: ['Карта', 'Діаграми', 'Хронологія', 'Записи'],
};
for (const [language, names] of Object.entries(TAB_NAMES)) {
  test(`at 375 px the four tabs sit on one row, all in view (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`./?tab=charts&lang=${language}`);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveText(names, LOADING);
    await page.evaluate(() => document.fonts.ready);
    const boxes = await Promise.all(names.map((_, index) => tabs.nth(index).boundingBox()));
    const tops = new Set(boxes.map((box) => Math.round(box!.y)));
    expect(tops.size, 'rows the tabs take').toBe(1);
    for (const [index, box] of boxes.entries()) {
      expect(box!.x, `${names[index]} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${names[index]} ends on screen`).toBeLessThanOrEqual(375);
    }
  });
}

for (const width of [320, 375, 1440]) {
  for (const language of width === 320 ? ['en', 'uk'] : ['en']) {
    test(`no tab of the explore view scrolls sideways at ${width} px (${language})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const tab of ['map', 'charts', 'timeline', 'table']) {
        await page.goto(`./?tab=${tab}&lang=${language}`);
        await expect(page.getByRole('tabpanel')).toBeVisible(LOADING);
        await expect(page.locator('.skeleton-block')).toHaveCount(0, LOADING);
        const sideways = await page.evaluate(() => {
          const root = document.scrollingElement!;
          return root.scrollWidth - root.clientWidth;
        });
        expect(sideways, `${tab} scrolls sideways by ${sideways}px`).toBeLessThanOrEqual(0);
      }
    });
  }
}

/** The lower edge of a scrolling list cuts none of its rows in half: it falls between two. */
async function expectListEndsBetweenRows(page: Page, legend: string) {
  const list = page.getByRole('group', { name: legend }).locator('.filter-list');
  const cut = await list.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const bottom = box.top + element.clientTop + element.clientHeight;
    const rows = Array.from(element.querySelectorAll('.filter-option'), (row) => row.getBoundingClientRect());
    return {
      scrolls: element.scrollHeight > element.clientHeight,
      cut: rows.filter((row) => row.top < bottom - 1 && row.bottom > bottom + 1).length,
    };
  });
  expect(cut.scrolls, `${legend}: the list scrolls`).toBe(true);
  expect(cut.cut, `${legend}: rows cut by the lower edge`).toBe(0);
}

test('the organisations list ends between two rows, beside the panels and in the drawer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page);
  await expectListEndsBetweenRows(page, 'Organisations');
  await expectListEndsBetweenRows(page, 'Countries');
  await page.setViewportSize({ width: 375, height: 667 });
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
  await expectListEndsBetweenRows(page, 'Organisations');
});

test("at 375 px the header's tools fold behind Menu, which opens, closes on Escape and after a pick", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openMap(page);
  const languages = page.getByRole('navigation', { name: 'Language' });
  await expect(languages).toBeHidden();
  await expect(page.getByRole('button', { name: 'Briefs' })).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(languages).toBeVisible();
  await expect(page.getByRole('button', { name: 'Briefs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open a data file' })).toBeVisible();
  await languages.getByRole('link').first().focus();
  await page.keyboard.press('Escape');
  await expect(languages).toBeHidden();
  await expect(menu).toBeFocused();

  // Picking a language opens the page in it, with the menu folded again.
  await menu.click();
  await languages.getByRole('link', { name: 'Українська' }).click();
  await expect(page.getByRole('button', { name: 'Меню' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('tab', { name: 'Карта' })).toBeVisible();
});

test('at 320 px in Khmer, where the tab row must scroll, the open tab is scrolled into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 667 });
  await page.goto('./?tab=table&lang=km');
  const open = page.getByRole('tab', { name: 'កំណត់ត្រា' });
  await expect(open).toHaveAttribute('aria-selected', 'true', LOADING);
  await page.evaluate(() => document.fonts.ready);
  // Within the scrolling row's visible part, and so on screen.
  await expect
    .poll(() =>
      open.evaluate((tab) => {
        const row = tab.parentElement!.getBoundingClientRect();
        const box = tab.getBoundingClientRect();
        return box.left >= row.left - 0.5 && box.right <= row.right + 0.5 && row.right <= window.innerWidth;
      }),
    )
    .toBe(true);
});
