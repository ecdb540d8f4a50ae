import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { shippedDataset } from './support/dataset-file';

const dataset = shippedDataset();

test('the first page shows the dataset, its counts by kind and real records with sources', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();

  const count = (type: string) => dataset.records.filter((record) => record.type === type).length;
  const stats = page.getByRole('list', { name: 'What the dataset holds' });
  await expect(stats).toContainText(`${count('partnership')} partnerships`);
  await expect(stats).toContainText(`${count('training')} training exchanges`);
  await expect(stats).toContainText(`${count('event')} events`);
  await expect(stats).toContainText(`${dataset.countries.length} countries`);

  const total = dataset.records.length;
  await expect(page.getByText(`${total} records match out of ${total}`)).toBeVisible();

  // The record the dashboard started from: the CMAA–Ukraine meeting in Phnom Penh, 3 April 2024.
  const seed = dataset.records.find((record) => record.id === 'cmaa-ukraine-meeting-2024-04-03')!;
  expect(seed, 'the seed meeting is in the dataset').toBeDefined();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: seed.title }) });
  await expect(entry).toContainText('3 April 2024');
  await expect(entry.getByRole('link')).toHaveAttribute('href', `?tab=timeline&record=${seed.id}`);

  // Opening it shows its sources as safe links.
  await entry.getByRole('link').click();
  const detail = page.getByRole('dialog', { name: seed.title });
  await expect(detail).toBeVisible();
  for (const sourceId of seed.sources) {
    const source = dataset.sources.find((candidate) => candidate.id === sourceId)!;
    const link = detail.getByRole('link', { name: source.title });
    await expect(link).toHaveAttribute('href', source.url);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('the first page has no accessibility violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the page runs under a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('./');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
});

test('the filters say what the dataset covers, from the data: hand-gathered and imported records, and its main country', async ({
  page,
}) => {
  await page.goto('./');
  const imported = dataset.records.filter((record) => record.origin !== undefined).length;
  const curated = dataset.records.length - imported;
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expect(filters).toContainText(
    `Coverage: ${curated} records gathered by hand plus ${imported} imported`,
  );
  await expect(filters).toContainText(/built around Cambodia, .*\(Cambodia: \d+% of records\)/);
});
