import type { Locator, Page } from '@playwright/test';
import { filterRecords, EMPTY_FILTER, yearBounds, type RecordFilter } from '../../src/data/selectors/filter';
import { countryInvolvement } from '../../src/data/selectors/involvement';
import { sortRecords } from '../../src/data/selectors/sort-records';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { shippedModel } from './support/model';

// WCAG 2.2 AA across the dashboard: axe on every page in both colour schemes, a walk with the
// keyboard alone, and no motion for readers who ask for none.

const LOADING = { timeout: 30_000 };
const model = shippedModel();
const total = model.dataset.records.length;

// Two workers share the 18 axe runs; each is a test of its own so one slow page cannot time out the rest.
test.describe.configure({ mode: 'parallel' });

interface RouteCase {
  name: string;
  path: string;
  /** Waits until what axe should look at is on screen. */
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

const ROUTES: RouteCase[] = [
  {
    name: 'explore: map',
    path: './?tab=map',
    ready: async (page) => {
      await expect(page.locator('path.map-flow').first()).toBeAttached(LOADING);
    },
  },
  {
    name: 'explore: charts with their tables',
    path: './?tab=charts',
    ready: async (page) => {
      await expect(page.getByRole('figure').first()).toBeVisible(LOADING);
      await page.getByRole('button', { name: 'Show table' }).first().click();
      await expect(page.getByRole('tabpanel').getByRole('table').first()).toBeVisible();
    },
  },
  {
    // One country's years: axe over every record of the timeline takes minutes on two cores.
    name: 'explore: timeline',
    path: './?tab=timeline&country=UKR',
    ready: async (page) => {
      await expect(page.getByRole('tabpanel').getByRole('heading', { level: 3 }).first()).toBeVisible(
        LOADING,
      );
    },
  },
  {
    name: 'explore: table',
    path: './?tab=table',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Records under the current filters' })).toBeVisible(
        LOADING,
      );
    },
  },
  {
    name: 'record detail dialog',
    path: './?tab=table&record=cmaa-ukraine-meeting-2024-04-03',
    ready: async (page) => {
      await expect(page.getByRole('dialog')).toBeVisible(LOADING);
    },
  },
  {
    name: 'country profile',
    path: './?view=country&c=KHM',
    ready: async (page) => {
      await expect(heading(page)).toHaveText('Cambodia', LOADING);
    },
  },
  {
    name: 'two-country brief',
    path: './?view=pair&c=KHM,UKR',
    ready: async (page) => {
      await expect(heading(page)).toHaveText('Cambodia and Ukraine', LOADING);
    },
  },
  {
    name: 'map embed',
    path: './embed.html?embed=map&scheme=auto',
    ready: async (page) => {
      await expect(page.locator('path.map-country').first()).toBeAttached(LOADING);
    },
  },
  {
    name: 'chart embed',
    path: './embed.html?embed=chart&chart=funding&scheme=auto',
    ready: async (page) => {
      await expect(page.getByRole('figure')).toBeVisible(LOADING);
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const route of ROUTES) {
      test(`axe finds no violations on the ${route.name}`, async ({ page }) => {
        // axe over a whole page takes a minute or more when the two cores are shared.
        test.slow();
        await page.goto(route.path);
        await route.ready(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}

/** The records the app should show for a filter, computed here from the dataset, not read from the page. */
function matching(filter: Partial<RecordFilter>) {
  return filterRecords(model, { ...EMPTY_FILTER, ...filter });
}

function countLine(count: number): string {
  return `${count} ${count === 1 ? 'record matches' : 'records match'} out of ${total}`;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if it
 * is not reached within `max` presses: an element Tab cannot reach is a failure of this test.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 400 } = {}): Promise<void> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  // Found by role once: matching roles and names over the whole page after every press is slow.
  const element = await target.elementHandle();
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(key);
    if (await element.evaluate((node) => node === document.activeElement)) return;
  }
  throw new Error(`${target} not reached with ${max} presses of ${key}`);
}

test('a keyboard alone reaches and operates the filters, the map, every chart table and a record', async ({
  page,
}) => {
  // Hundreds of key presses: about a minute on an idle machine, several when two cores are shared.
  test.setTimeout(8 * 60_000);
  await page.goto('./?tab=map');
  await expect(page.locator('path.map-flow').first()).toBeAttached(LOADING);

  // The first Tab shows the skip link; following it puts focus on the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Filters: the first year moved with the arrow keys, then a country ticked with Space.
  const bounds = yearBounds(model.dataset.records)!;
  const fromYear = 2022;
  const status = page.getByRole('status').filter({ hasText: /out of/ });
  await tabTo(page, page.getByRole('slider', { name: 'First year' }));
  for (let year = bounds.min; year < fromYear; year += 1) await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(countLine(matching({ yearFrom: fromYear }).length));
  const cambodia = page.getByRole('checkbox', { name: 'Cambodia', exact: true });
  await tabTo(page, cambodia);
  await page.keyboard.press('Space');
  await expect(cambodia).toBeChecked();
  const records = matching({ yearFrom: fromYear, countries: ['KHM'] });
  await expect(status).toHaveText(countLine(records.length));

  // The map: a country chosen from its list, its summary, and focus kept when the summary closes.
  const involvement = countryInvolvement(model, records);
  const khmCount = involvement.find((country) => country.iso3 === 'KHM')!.count;
  const side = page.getByRole('complementary', { name: 'Countries and flows on the map' });
  const khmButton = side.getByRole('button', { name: `Cambodia: ${khmCount} records` });
  await tabTo(page, khmButton);
  await page.keyboard.press('Enter');
  await expect(khmButton).toHaveAttribute('aria-pressed', 'true');
  await expect(side.getByRole('heading', { level: 2, name: 'Cambodia' })).toBeVisible();
  await expect(side).toContainText(`${khmCount} records under the current filters`);
  await expect(page).toHaveURL(/[?&]select=KHM/);
  await tabTo(page, side.getByRole('button', { name: 'Clear selection' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(side.getByRole('heading', { level: 2, name: 'Cambodia' })).toBeHidden();
  await expect(khmButton).toBeFocused();
  // Clearing the selection leaves the filters alone: selecting never filtered (the checkbox did).
  const widened = records;
  await expect(status).toHaveText(countLine(widened.length));
  const mapped = countryInvolvement(model, widened);

  // The map's table: one row per country on the map, with the records the map shades it by.
  // Every shaded country, flow and place on the map is a Tab stop on the way, so the presses
  // this takes grow with the data (about 450 with the bundled IATI and FTS records).
  await tabTo(page, page.getByRole('button', { name: 'Show the map as a table' }), { max: 800 });
  await page.keyboard.press('Enter');
  const mapTable = page.getByRole('table', { name: /The map in numbers/ });
  await expect(mapTable.getByRole('row')).toHaveCount(mapped.length + 1);
  await expect(
    mapTable
      .getByRole('row', { name: /^Cambodia/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(String(mapped.find((country) => country.iso3 === 'KHM')!.count));

  // Charts: arrow keys move along the tabs; every chart's table opens from its toggle.
  await tabTo(page, page.getByRole('tab', { name: 'Map' }), { backwards: true });
  await page.keyboard.press('ArrowRight');
  const chartsTab = page.getByRole('tab', { name: 'Charts' });
  await expect(chartsTab).toBeFocused();
  await expect(chartsTab).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('figure').first()).toBeVisible(LOADING);
  const toggles = await panel.getByRole('button', { name: 'Show table' }).count();
  expect(toggles, 'charts with a table toggle').toBeGreaterThan(0);
  for (let opened = 1; opened <= toggles; opened += 1) {
    await tabTo(page, panel.getByRole('button', { name: 'Show table', pressed: false }).first());
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('table')).toHaveCount(opened);
  }

  // Records: a title opens its detail with Enter; Escape closes it and focus returns to the title.
  await tabTo(page, chartsTab, { backwards: true });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Records' })).toBeFocused();
  const [newest] = sortRecords(widened, { field: 'date', direction: 'desc' }, 'en-GB');
  const title = page
    .getByRole('table', { name: 'Records under the current filters' })
    .getByRole('link', { name: newest!.title, exact: true });
  await tabTo(page, title);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: newest!.title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(title).toBeFocused();
});

test('every page has a skip link, the four landmarks and headings that skip no level', async ({ page }) => {
  for (const route of ROUTES.filter((candidate) => !candidate.path.includes('embed.html'))) {
    await page.goto(route.path);
    await route.ready(page);
    await expect(page.getByRole('banner'), route.name).toHaveCount(1);
    await expect(page.getByRole('main'), route.name).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), route.name).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Skip to main content' }), route.name).toHaveAttribute(
      'href',
      '#main',
    );
    // Headings as a screen reader lists them (the open dialog's own outline starts at its title).
    const levels = await page
      .locator('main h1, main h2, main h3, main h4, main h5, main h6')
      .evaluateAll((headings) =>
        headings
          .filter((heading) => heading.closest('dialog') === null && heading.closest('[hidden]') === null)
          .map((heading) => Number(heading.tagName.slice(1))),
      );
    expect(levels[0], `${route.name}: the outline starts at h1`).toBe(1);
    expect(
      levels.filter((level) => level === 1),
      `${route.name}: one h1`,
    ).toHaveLength(1);
    const skips = levels.filter((level, index) => index > 0 && level > levels[index - 1]! + 1);
    expect(skips, `${route.name}: levels skipped in ${levels.join(' ')}`).toEqual([]);
  }
});

test('with reduced motion nothing plays or glides: no play button, and the map zooms without animating', async ({
  page,
}) => {
  const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
  // Leaflet glides by CSS transitions and fades by animations, started a frame after the click:
  // count every one that starts, rather than look at one moment.
  const motionsWhileZooming = async () => {
    await page.goto('./?tab=map');
    await expect(page.locator('path.map-flow').first()).toBeAttached(LOADING);
    await page.evaluate(() => {
      const count = () => ((window as { __motions?: number }).__motions ?? 0) + 1;
      for (const type of ['transitionstart', 'animationstart'])
        document.addEventListener(type, () => ((window as { __motions?: number }).__motions = count()), true);
    });
    await zoomIn.click();
    return () => page.evaluate(() => (window as { __motions?: number }).__motions ?? 0);
  };

  // With motion allowed, the year player plays and the map glides: what the second half turns off.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const allowed = await motionsWhileZooming();
  await expect.poll(allowed, { message: 'motion while zooming with motion allowed' }).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Play years' })).toBeVisible();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  const reduced = await motionsWhileZooming();
  // Absence cannot be polled for: give a glide the time it would take (Leaflet's is 250 ms), then look.
  await page.waitForTimeout(1000);
  expect(await reduced(), 'motion while zooming with reduced motion').toBe(0);
  await expect(page.getByRole('button', { name: 'Play years' })).toHaveCount(0);
  // The years still step, by hand.
  const { max } = yearBounds(model.dataset.records)!;
  await page.getByRole('button', { name: 'Previous year' }).click();
  await expect(page.getByRole('status').filter({ hasText: /out of/ })).toHaveText(
    countLine(matching({ yearFrom: max, yearTo: max }).length),
  );
});

test.describe('on a system set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the app is dark, and an embed keeps the scheme its code asks for', async ({ page }) => {
    const DARK = 'rgb(13, 17, 23)';
    const LIGHT = 'rgb(255, 255, 255)';
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const pages: [string, string][] = [
      ['./?tab=charts', DARK],
      ['./embed.html?embed=chart&chart=funding', LIGHT],
      ['./embed.html?embed=chart&chart=funding&scheme=light', LIGHT],
      ['./embed.html?embed=chart&chart=funding&scheme=dark', DARK],
      ['./embed.html?embed=chart&chart=funding&scheme=auto', DARK],
    ];
    for (const [path, expected] of pages) {
      await page.goto(path);
      await expect(page.getByRole('figure').first()).toBeVisible(LOADING);
      expect(await background(), path).toBe(expected);
    }
  });
});
