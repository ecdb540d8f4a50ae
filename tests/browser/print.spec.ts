import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { sourcesOfRecords } from '../../src/data/selectors/footnotes';
import { recordsInvolvingBoth } from '../../src/data/selectors/pair';
import { pairSummary } from '../../src/data/selectors/pair-summary';
import { expect, test } from './support/fixtures';
import { shippedModel } from './support/model';

const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';
const model = shippedModel();
const all = model.dataset.records;

/** Pages in a PDF: its /Type /Page objects (not the /Pages tree nodes). Chromium writes no object streams. */
function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The PDF's text in reading order with all whitespace removed, so words and addresses wrapped across lines still match. */
function pdfText(path: string): string {
  if (!existsSync(PDFTOTEXT)) {
    throw new Error(
      `pdftotext was not found at ${PDFTOTEXT}: install poppler-utils (apt-get install -y poppler-utils) ` +
        'or point PDFTOTEXT at the binary. The print test reads the PDF with it and must not pass without it.',
    );
  }
  // -raw keeps the page's own order, so a brief laid out in two columns still reads entry by entry.
  return execFileSync(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the Cambodia–Ukraine brief prints on at most two A4 pages with its key figures and sources', async ({
  page,
}, testInfo) => {
  await page.goto('./?view=pair&c=KHM,UKR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia and Ukraine', {
    timeout: 15_000,
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const path = testInfo.outputPath('cambodia-ukraine.pdf');
  writeFileSync(path, pdf);
  await testInfo.attach('brief', { path, contentType: 'application/pdf' });

  expect(countPages(pdf), 'pages in the printed brief').toBeGreaterThanOrEqual(1);
  expect(countPages(pdf), 'pages in the printed brief').toBeLessThanOrEqual(2);

  const text = pdfText(path);
  const squeezed = squeeze(text);
  const has = (expected: string) => expect(squeezed, expected).toContain(squeeze(expected));

  // The header: title, when it was made, and the live view it came from.
  has('Cambodia and Ukraine');
  has('Made on');
  has(`${page.url().replace(/\/\?.*$/, '/')}?view=pair&c=KHM,UKR`);
  has('All records in the dataset, without filters.');

  // The key figures, as the data gives them.
  const summary = pairSummary(model, all, 'KHM', 'UKR');
  const [flow] = summary.flows;
  has(`Cambodia trained Ukraine in ${flow!.trainings.count} training exchanges`);
  has(`${flow!.people.min}–${flow!.people.max} people trained`);
  has('disputed: sources disagree');
  has(`met at ${summary.events.count} events`);
  has(`${summary.records.count} records, by kind and date`);
  for (const record of recordsInvolvingBoth(model, all, 'KHM', 'UKR')) has(record.title);

  // Every source of the pair's records as a numbered note with its address (numbered in order of first
  // citation, so each is looked up by title), and the dataset line.
  const sources = sourcesOfRecords(recordsInvolvingBoth(model, all, 'KHM', 'UKR'));
  const numbers = sources.map((id) => {
    const source = model.sourcesById.get(id)!;
    has(source.url);
    const escaped = squeeze(source.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const note = new RegExp(`\\[(\\d+)\\]${escaped}`).exec(squeezed);
    expect(note, `the note for ${id}`).not.toBeNull();
    return Number(note![1]);
  });
  expect(numbers.sort((a, b) => a - b)).toEqual(sources.map((_, index) => index + 1));
  has(`Data: ${model.dataset.meta.title}`);

  // Nothing of the screen's controls reaches paper.
  expect(text).not.toContain('Print / save as PDF');
  expect(text).not.toContain('Back to explore');
  expect(text).not.toContain('Skip to main content');
});

const PDFINFO = process.env.PDFINFO ?? '/usr/bin/pdfinfo';

/** The page count pdfinfo reads from a PDF (poppler), as a second opinion to countPages. */
function pdfinfoPages(path: string): number {
  if (!existsSync(PDFINFO)) throw new Error(`pdfinfo was not found at ${PDFINFO}: install poppler-utils.`);
  const info = execFileSync(PDFINFO, [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

const ONE_PAGE_BRIEFS = [
  { name: 'cambodia-ukraine', query: 'view=pair&c=KHM,UKR' },
  { name: 'cambodia-japan', query: 'view=pair&c=KHM,JPN' },
  { name: 'cambodia', query: 'view=country&c=KHM' },
] as const;

for (const brief of ONE_PAGE_BRIEFS) {
  test(`the one-page ${brief.name} brief is one A4 page in English, Khmer and Ukrainian, with its key figures and money`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    for (const language of ['en', 'km', 'uk'] as const) {
      await page.goto(`./?${brief.query}&lang=${language}&print=one-page`);
      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toBeVisible({ timeout: 15_000 });
      // The figures as the screen gives them in this language: the money among them is what must reach paper.
      const figures = page.getByRole('region', { name: /./ }).locator('.briefing-figures .figure-value');
      await expect(figures.first()).toBeVisible();
      const values = await figures.allInnerTexts();
      const money = await page
        .locator('.figure-card-money .figure-value, .briefing-funding .figure-value')
        .allInnerTexts();
      await page.emulateMedia({ media: 'print' });
      // The small static map is drawn before printing (no tiles, no canvas).
      await expect(page.locator('.static-brief-map svg path').first()).toBeVisible();
      await expect(page.locator('.leaflet-container')).toBeHidden();
      const path = testInfo.outputPath(`${brief.name}-one-page-${language}.pdf`);
      writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
      await testInfo.attach(`${brief.name}-${language}`, { path, contentType: 'application/pdf' });
      await page.emulateMedia({ media: 'screen' });

      expect(pdfinfoPages(path), `${brief.name} (${language}): pages`).toBe(1);
      const text = squeeze(pdfText(path));
      expect(text).toContain(squeeze(await title.innerText()));
      for (const value of values)
        expect(text, `${brief.name} (${language}): ${value}`).toContain(squeeze(value));
      if (brief.name !== 'cambodia-ukraine')
        expect(money.length, `${brief.name}: money figures`).toBeGreaterThan(0);
      for (const value of money)
        expect(text, `${brief.name} (${language}): ${value}`).toContain(squeeze(value));
      if (brief.name === 'cambodia-japan' && language === 'en')
        expect(text).toContain(squeeze('at least US$200m'));
    }
  });
}

test('the full Cambodia–Japan brief prints its records once (no second timeline) on at most three pages', async ({
  page,
}, testInfo) => {
  await page.goto('./?view=pair&c=KHM,JPN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia and Japan', { timeout: 15_000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-year-chart svg > g rect').first()).toBeVisible();
  await expect(page.locator('.static-brief-map svg path').first()).toBeVisible();
  const path = testInfo.outputPath('cambodia-japan-full.pdf');
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
  expect(pdfinfoPages(path)).toBeLessThanOrEqual(3);
  const text = pdfText(path);
  expect(text).not.toContain('Timeline of events and training exchanges');
  for (const record of recordsInvolvingBoth(model, all, 'KHM', 'JPN')) {
    const occurrences = squeeze(text).split(squeeze(record.title)).length - 1;
    expect(occurrences, record.title).toBe(1);
  }
});

test('the print choice is reached by keyboard and kept in the URL', async ({ page }) => {
  await page.goto('./?view=pair&c=KHM,UKR');
  const onePage = page.getByRole('radio', { name: 'One-page brief' });
  await expect(page.getByRole('radio', { name: 'Full brief' })).toBeChecked({ timeout: 15_000 });
  await page.getByRole('radio', { name: 'Full brief' }).focus();
  // Arrow keys move between radio buttons of one group, as in any form.
  await page.keyboard.press('ArrowLeft');
  await expect(onePage).toBeChecked();
  await expect(page).toHaveURL(/[?&]print=one-page(&|$)/);
  await page.reload();
  await expect(onePage).toBeChecked({ timeout: 15_000 });
});
