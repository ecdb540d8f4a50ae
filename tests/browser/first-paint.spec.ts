import type { Browser, Page } from '@playwright/test';
import { en } from '../../src/i18n/messages-en';
import { shippedDataset } from './support/dataset-file';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

// Issue 14, "First paint from static HTML": index.html and embed.html carry the page's frame, so it
// paints before any script runs; the frame holds no figure or name from the dataset (an operator
// may replace it without rebuilding); and the app takes over without moving anything. The words
// expected are the English catalogue's, the frame's language.

const LOADING = { timeout: 30_000 };
const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1440, height: 900 };
const WIDTHS = [PHONE, DESKTOP];
const dataset = shippedDataset();

/** A page as a browser without JavaScript shows it: only the HTML the server sent. */
async function openWithoutScript(browser: Browser, path: string, viewport: typeof PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Nothing on the page reads as a figure or a name from the dataset. */
async function expectNoDatasetFigures(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toContain(dataset.meta.title);
  // No count of any kind: the frame's own words have no digits.
  expect(text).not.toMatch(/\d/);
  for (const country of dataset.countries.slice(0, 20)) expect(text).not.toContain(country.name);
}

async function mapAreaSize(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

for (const viewport of WIDTHS) {
  test(`without a script, the explore page paints its frame at ${viewport.width} px`, async ({ browser }) => {
    const page = await openWithoutScript(browser, './', viewport);
    await expect(page.locator('.app-name')).toHaveText(en['app.name']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['state.loading']);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveText([
      en['explore.tab.map'],
      en['explore.tab.charts'],
      en['explore.tab.timeline'],
      en['explore.tab.table'],
    ]);
    await expect(page.getByRole('tab', { name: en['explore.tab.map'] })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    if (viewport === DESKTOP) {
      await expect(page.getByRole('heading', { name: en['filters.heading'] })).toBeVisible();
      for (const legend of [
        'filters.types.legend',
        'filters.years.legend',
        'filters.countries.legend',
        'filters.organisations.legend',
        'filters.themes.legend',
        'filters.confidence.legend',
      ] as const) {
        await expect(page.getByText(en[legend], { exact: true })).toBeVisible();
      }
    } else {
      // A phone has the filters' bar (its button opens them once the app runs), not the side panel.
      await expect(page.locator('.filter-bar-open')).toHaveText('Filters');
      await expect(page.getByRole('heading', { name: en['filters.heading'] })).toBeHidden();
    }
    const map = await mapAreaSize(page, '.frame-map-canvas');
    expect(map.width).toBeGreaterThan(viewport.width / 3);
    expect(map.height).toBeGreaterThanOrEqual(320);
    await expectNoDatasetFigures(page);
    // Still told why the page does nothing more.
    expect(await page.content()).toContain(
      '<noscript>This dashboard needs JavaScript to show its maps and charts.</noscript>',
    );
    await page.context().close();
  });

  test(`without a script, the map embed paints its frame at ${viewport.width} px`, async ({ browser }) => {
    const page = await openWithoutScript(browser, './embed.html?embed=map', viewport);
    await expect(page.getByRole('status')).toHaveText(en['state.loading']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['app.name']);
    const map = await mapAreaSize(page, '.frame-map-canvas');
    expect(map.width).toBeGreaterThan(viewport.width / 2);
    expect(map.height).toBeGreaterThanOrEqual(240);
    await expectNoDatasetFigures(page);
    await page.context().close();
  });
}

/**
 * The static HTML with scripting on but none of the app's scripts loaded: axe runs as a script, so
 * it cannot look at a page with JavaScript switched off.
 */
async function openWithoutAppScripts(browser: Browser, path: string, viewport: typeof PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.route('**/*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test('the static frames pass axe', async ({ browser }) => {
  for (const path of ['./', './embed.html?embed=map']) {
    for (const viewport of WIDTHS) {
      const page = await openWithoutAppScripts(browser, path, viewport);
      await expect(page.locator('#root .frame-map-canvas')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  }
});

/** The sum of the page's layout shifts, as Lighthouse and the Web Vitals count them (no input came). */
async function openCountingShifts(page: Page, path: string) {
  await page.addInitScript(() => {
    const shifts = { total: 0, sources: [] as string[] };
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        shifts.total += entry.value;
        for (const source of entry.sources)
          shifts.sources.push(String((source.node as Element | null)?.className));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
}

/** Where the frame's tabs and map area are, and where the app's are once its map is drawn. */
const FRAME_BOXES = { tabs: '.tab-bar', map: '.frame-map-canvas' };
const APP_BOXES = { tabs: '.tab-bar', map: '.map-canvas' };

async function boxes(page: Page, selectors: Record<string, string>) {
  const found: Record<string, { x: number; y: number; width: number; height: number } | null> = {};
  for (const [name, selector] of Object.entries(selectors)) {
    const box = await page.locator(selector).first().boundingBox();
    found[name] = box && {
      x: Math.round(box.x),
      y: Math.round(box.y),
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
  }
  return found;
}

for (const viewport of WIDTHS) {
  test(`the explore page and the map embed load without layout shift at ${viewport.width} px`, async ({
    page,
    browser,
  }) => {
    await page.setViewportSize(viewport);
    for (const [path, selectors] of [
      ['./', { ...FRAME_BOXES }],
      ['./embed.html?embed=map', { map: FRAME_BOXES.map }],
    ] as const) {
      const still = await openWithoutScript(browser, path, viewport);
      const frame = await boxes(still, selectors);
      await still.context().close();

      await openCountingShifts(page, path);
      await expect(page.locator('.map-canvas path.map-country').first()).toBeAttached(LOADING);
      // The map's own late work (the basemap, the legend's swatches) happens in the next frames.
      await page.waitForTimeout(1000);
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { total: number; sources: string[] } }).shifts,
      );
      expect(shifts.sources, `${path}: elements that moved`).toEqual([]);
      expect(shifts.total).toBe(0);
      // The frame's boxes are the app's: the tabs and the map area where the map is drawn.
      const app = await boxes(
        page,
        Object.fromEntries(
          Object.keys(selectors).map((name) => [name, APP_BOXES[name as keyof typeof APP_BOXES]]),
        ),
      );
      for (const name of Object.keys(selectors)) expect(app[name], `${path}: ${name}`).toEqual(frame[name]);
    }
  });
}
