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

/** The PDF's text with all whitespace removed, so words and addresses wrapped across lines still match. */
function pdfText(path: string): string {
  if (!existsSync(PDFTOTEXT)) {
    throw new Error(
      `pdftotext was not found at ${PDFTOTEXT}: install poppler-utils (apt-get install -y poppler-utils) ` +
        'or point PDFTOTEXT at the binary. The print test reads the PDF with it and must not pass without it.',
    );
  }
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
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
