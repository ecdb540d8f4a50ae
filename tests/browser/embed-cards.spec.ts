import type { Page } from '@playwright/test';
import { countryProfile, recordsInvolving } from '../../src/data/selectors/country-profile';
import { pairSummary } from '../../src/data/selectors/pair-summary';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { DATASET_ROUTE, shippedDataset } from './support/dataset-file';
import { contextRefusingFrameStorage, serveHostPage } from './support/host-page';
import { shippedModel } from './support/model';

// embed.spec.ts serves its host page on PREVIEW_PORT + 20; the two files may run side by side.
const HOST_PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 21;

const model = shippedModel();
const all = model.dataset.records;

/** Opens a country or pair page, opens its Embed dialog and returns the code it offers. */
async function embedCodeFromPage(page: Page, search: string): Promise<string> {
  await page.goto(`./${search}`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view on another website' });
  // The live preview shows the card itself.
  await expect(dialog.frameLocator('iframe').getByRole('contentinfo')).toBeVisible();
  await expect(dialog.getByLabel('What to embed')).toHaveCount(0);
  return dialog.getByLabel(/Code to paste/).inputValue();
}

test('the dialogs on the country and pair pages offer the card of the page, with its filters', async ({
  page,
}) => {
  const country = await embedCodeFromPage(page, '?view=country&c=KHM&from=2023');
  expect(country).toMatch(
    /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?from=2023&amp;embed=country&amp;c=KHM&amp;id=[\w-]+&amp;lang=en"/,
  );
  expect(country).toContain('title="Mine action cooperation: Cambodia"');
  expect(country).toContain('loading="lazy"');

  const pair = await embedCodeFromPage(page, '?view=pair&c=KHM,UKR');
  expect(pair).toMatch(/embed\.html\?embed=pair&amp;c=KHM,UKR&amp;id=[\w-]+&amp;lang=en"/);
  expect(pair).toContain('title="Mine action cooperation: Cambodia and Ukraine"');
  expect(pair).toContain('loading="lazy"');
  expect(pair).toContain('embed-resizer.js');
});

test('both cards on another origin show the data, size themselves, and load no map or chart code', async ({
  page,
  browser,
}) => {
  const code = [
    await embedCodeFromPage(page, '?view=country&c=KHM'),
    await embedCodeFromPage(page, '?view=pair&c=KHM,UKR'),
  ].join('\n');
  const host = await serveHostPage(HOST_PORT, code);
  // A reader whose browser refuses third-party storage: any use of it in the embeds would throw.
  const context = await contextRefusingFrameStorage(browser);
  const hostPage = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  hostPage.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  hostPage.on('pageerror', (error) => errors.push(error.message));
  hostPage.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  try {
    await hostPage.goto(host.url);
    const countryFrame = hostPage.frameLocator('iframe').first();
    const pairFrame = hostPage.frameLocator('iframe').nth(1);

    // The country card: the profile's figures for Cambodia.
    const profile = countryProfile(model, recordsInvolving(model, all, 'KHM'), 'KHM');
    await expect(countryFrame.getByRole('heading', { level: 1 })).toHaveText('Cambodia');
    const figure = (label: string) =>
      countryFrame.locator('.figure-card', { hasText: label }).locator('.figure-value');
    await expect(figure('Partner countries')).toHaveText(String(profile.partners.count));
    await expect(figure('Training exchanges provided')).toHaveText(String(profile.trainingsProvided.count));
    await expect(figure('Events hosted')).toHaveText(String(profile.eventsHosted.count));
    const open = countryFrame.getByRole('link', { name: /Open this view in the full dashboard/ });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('href', /\/\?view=country&c=KHM&lang=en$/);

    // The pair card: the disputed trainee range, and the notes of both sources that disagree.
    const [flow] = pairSummary(model, all, 'KHM', 'UKR').flows;
    await expect(pairFrame.getByRole('heading', { level: 1 })).toHaveText('Cambodia and Ukraine');
    const summary = pairFrame.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText(`${flow!.people.min}–${flow!.people.max} people trained`);
    await expect(summary).toContainText('(disputed: sources disagree');
    const disputed = [
      ...new Set(flow!.disputes.flatMap((dispute) => dispute.values.map((value) => value.source))),
    ];
    expect(disputed.length).toBeGreaterThanOrEqual(2);

    // The resizer keeps each frame at its card's height, also when the source list unfolds.
    const iframe = hostPage.locator('iframe').nth(1);
    const frameHeight = () => iframe.evaluate((element) => element.getBoundingClientRect().height);
    const contentHeight = () =>
      pairFrame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
    // Chromium does not lay out a cross-origin frame far off screen, so a reader's scroll comes first.
    await iframe.scrollIntoViewIfNeeded();
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThan(3);
    const folded = await frameHeight();
    await pairFrame.getByText(/^Show all \d+ sources$/).click();
    await expect.poll(frameHeight).toBeGreaterThan(folded + 100);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThan(3);
    const notes = pairFrame.getByRole('region', { name: 'Sources' });
    for (const id of disputed) {
      const source = model.sourcesById.get(id)!;
      await expect(notes.getByRole('link', { name: new RegExp(escapeRegExp(source.title)) })).toHaveAttribute(
        'href',
        source.url,
      );
    }

    // A card is small: it never downloads Leaflet (the map) or Recharts (the charts).
    expect(scripts.filter((url) => /CooperationMap|SingleChart|ChartGallery/.test(url))).toEqual([]);

    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await host.close();
  }
});

// Each card on its own page; two cards on one host page are checked in embed-landmarks.spec.ts.
test('axe finds no violations in either card, unfolded, in light and dark colours', async ({ page }) => {
  for (const search of ['?embed=country&c=KHM', '?embed=pair&c=KHM,UKR&scheme=dark']) {
    await page.goto(`./embed.html${search}`);
    await page.getByText(/^Show all \d+ sources$/).click();
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('a marker in a card opens the folded source list at its note', async ({ page }) => {
  await page.goto('./embed.html?embed=pair&c=KHM,UKR');
  const summary = page.getByRole('region', { name: 'Summary' });
  // The marker opens a popover of its sources; each leads to its note in the folded list.
  await summary
    .getByRole('button', { name: /^Sources? [\d–, ]+$/ })
    .first()
    .click();
  const link = page.locator('.note-popover:popover-open').getByRole('link').first();
  const target = (await link.getAttribute('href')) ?? '';
  await expect(page.locator(target)).toBeHidden();
  await link.click();
  await expect(page.locator(target)).toBeVisible();
  await expect(page.locator(target)).toBeInViewport();
});

test('a card with wrong countries says so in the frame', async ({ page }) => {
  await page.goto('./embed.html?embed=pair&c=KHM');
  await expect(page.getByRole('alert')).toContainText('needs exactly two different country codes');
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await page.goto('./embed.html?embed=country&c=ZZZ');
  await expect(page.getByRole('alert')).toContainText('The dataset has no country with the code ZZZ');
});

test('a hostile dataset renders as inert text in both cards', async ({ page }) => {
  const hostile = shippedDataset();
  const khm = hostile.countries.find((country) => country.iso3 === 'KHM')!;
  khm.name = '<b onmouseover=alert(1)>Cambodia</b>';
  hostile.meta.title = '<script>alert("title")</script>';
  for (const source of hostile.sources)
    source.title = `<img src=x onerror="window.__pwned=1">${source.title}`;
  for (const organisation of hostile.organisations)
    organisation.name = `<script>window.__pwned=2</script>${organisation.name}`;
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: hostile }));
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  for (const search of ['?embed=country&c=KHM', '?embed=pair&c=KHM,UKR']) {
    await page.goto(`./embed.html${search}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '<b onmouseover=alert(1)>Cambodia</b>',
    );
    await page.getByText(/^Show all \d+ sources$/).click();
    await expect(
      page.getByText('<img src=x onerror="window.__pwned=1">', { exact: false }).first(),
    ).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('<script>alert("title")</script>');
    expect(await page.locator('img[src="x"], b[onmouseover], script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(page.url()).toContain('/embed.html');
  }
});

test('a dataset with a javascript: source address is refused in both cards, with a notice', async ({
  page,
}) => {
  const hostile = shippedDataset();
  for (const source of hostile.sources) source.url = 'javascript:window.__pwned=1';
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: hostile }));
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  for (const search of ['?embed=country&c=KHM', '?embed=pair&c=KHM,UKR']) {
    await page.goto(`./embed.html${search}`);
    // Validation at the edge stops it before any card renders; the frame says why instead of going blank.
    await expect(
      page.getByRole('heading', { name: 'The dataset does not match the data contract' }),
    ).toBeVisible();
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(page.url()).toContain('/embed.html');
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
