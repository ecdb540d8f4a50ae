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

  await expect(page.getByText(`${dataset.records.length} records, newest first`)).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(dataset.records.length);

  // The record the dashboard started from: the CMAA–Ukraine meeting in Phnom Penh, 3 April 2024.
  const seed = dataset.records.find((record) => record.id === 'cmaa-ukraine-meeting-2024-04-03');
  expect(seed, 'the seed meeting is in the dataset').toBeDefined();
  const article = page.getByRole('article', { name: seed!.title });
  await expect(article).toContainText('3 April 2024');
  const firstSource = dataset.sources.find((source) => source.id === seed!.sources[0])!;
  const link = article.getByRole('link', { name: new RegExp(escapeRegExp(firstSource.title)) });
  await expect(link).toHaveAttribute('href', firstSource.url);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
