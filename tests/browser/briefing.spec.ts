import { countriesOfRecord } from '../../src/data/selectors/model';
import { recordsInvolvingBoth } from '../../src/data/selectors/pair';
import { pairSummary } from '../../src/data/selectors/pair-summary';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { shippedModel } from './support/model';

const model = shippedModel();
const all = model.dataset.records;
const countries = model.dataset.countries;

const recordCount = (iso3: string) =>
  all.filter((record) => countriesOfRecord(model, record).has(iso3)).length;
// axe is over the 3 s per page that would make it affordable on all 35 profiles: measured here on two
// cores, 3.3–3.9 s on the smallest (Afghanistan, Tonga) and 7.5–12 s on Ukraine, Japan and Cambodia, the
// largest. So it runs on Cambodia, Ukraine and Japan (the richest pages) and on the country with the
// fewest records (the sparsest page); every profile is still opened and checked for console errors.
const fewest = [...countries].sort((a, b) => recordCount(a.iso3) - recordCount(b.iso3))[0]!.iso3;
const AXE_ON = new Set(['KHM', 'UKR', 'JPN', fewest]);

// A page load waits for the lazy briefing chunk; on a loaded CI machine that can take a while.
const LOADING = { timeout: 15_000 };

test('every country in the dataset has a profile that names it, without console errors; axe on four', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // One page load, then the profile picker, as a reader moves from country to country.
  await page.goto(`./?view=country&c=${countries[0]!.iso3}`);
  const picker = page.getByRole('group', { name: 'Another country' });
  for (const country of countries) {
    await picker.getByRole('combobox', { name: 'Country' }).selectOption(country.iso3);
    await picker.getByRole('button', { name: 'Open profile' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]c=${country.iso3}(&|$)`));
    await expect(page.getByRole('heading', { level: 1 }), country.iso3).toHaveText(country.name, LOADING);
    await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
    if (AXE_ON.has(country.iso3)) await expectNoAxeViolations(page);
  }
  // The console-error check runs after the test, over every page the loop opened.
});

test.describe('the Cambodia–Ukraine brief', () => {
  const pair = recordsInvolvingBoth(model, all, 'KHM', 'UKR');
  const summary = pairSummary(model, all, 'KHM', 'UKR');

  test('lists exactly the records that involve both countries', async ({ page }) => {
    await page.goto('./?view=pair&c=KHM,UKR');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia and Ukraine', LOADING);
    const list = page.getByRole('region', { name: 'Records involving both countries' });
    const hrefs = await list
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => link.getAttribute('href') ?? '').filter((href) => href.includes('record=')),
      );
    const ids = hrefs.map((href) => new URLSearchParams(href).get('record'));
    expect(ids.sort()).toEqual(pair.map((record) => record.id).sort());
    await expect(list).toContainText(`${pair.length} records, by kind and date`);
  });

  test('summarises figures that equal the data', async ({ page }) => {
    await page.goto('./?view=pair&c=KHM,UKR');
    const region = page.getByRole('region', { name: 'Summary' });
    await expect(region).toBeVisible(LOADING);
    const text = (await region.innerText()).replace(/\s*\[[^\]]*\]/g, '').replace(/\s+/g, ' ');
    const [flow] = summary.flows;
    expect(flow, 'Cambodia trains Ukraine in the data').toBeDefined();
    expect(text).toContain(
      `Cambodia trained Ukraine in ${flow!.trainings.count} training exchanges between ${flow!.firstYear} and ${flow!.lastYear}, ` +
        `with ${flow!.people.min}–${flow!.people.max} people trained (disputed: sources disagree) and ${flow!.people.unknown} course without a count`,
    );
    expect(text).toContain(
      `met at ${summary.events.count} events between ${summary.events.firstYear} and ${summary.events.lastYear}`,
    );
    expect(text).toContain(`partners in ${summary.byType.partnership.count} partnerships`);

    const figures = page.getByRole('region', { name: 'Key figures' });
    await expect(figures).toContainText(`Records involving both${summary.records.count}`);
    await expect(figures).toContainText(`${flow!.people.min}–${flow!.people.max} people trained`);
  });

  test('has footnote markers that lead to numbered source notes with web addresses', async ({ page }) => {
    await page.goto('./?view=pair&c=KHM,UKR');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible(LOADING);
    const notes = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    await expect(notes).toHaveCount(summary.records.sourceIds.length);

    // Every marker number links to its note; a run "[3–7]" links its ends and covers those between.
    const markers = page.getByRole('link', { name: /^Source \d+$/ });
    const targets = new Set(
      await markers.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    );
    for (const target of targets) {
      const number = target?.replace('#source-', '') ?? '';
      const note = page.locator(target ?? '');
      await expect(note).toContainText(`[${number}]`);
      const href = await note.getByRole('link').getAttribute('href');
      expect(href).toMatch(/^https?:\/\//);
      await expect(note).toContainText(href ?? '');
    }
    const runs = await page.locator('.note-ref').allInnerTexts();
    const cited = new Set<number>();
    for (const run of runs.flatMap((text) => text.replace(/[[\]\s]/g, '').split(','))) {
      const [first, last = first] = run.split('–').map(Number);
      for (let n = first!; n <= last!; n += 1) cited.add(n);
    }
    expect([...cited].sort((x, y) => x - y)).toEqual(summary.records.sourceIds.map((_, index) => index + 1));

    // Following a marker scrolls to its note.
    await markers.first().click();
    await expect(page.locator('#source-1')).toBeInViewport();
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('./?view=pair&c=KHM,UKR');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible(LOADING);
    await expectNoAxeViolations(page);
  });
});
