import { generateDataset } from '../../scripts/synthetic/dataset';
import { DATASET_ROUTE } from './support/dataset-file';
import { expect, test } from './support/fixtures';

// A file of a few thousand records (over a megabyte) goes to the dataset worker, which sends the
// records back in batches as they pass, while the page indexes them (read-off-thread.ts). These
// check that path end to end: every record arrives, and a problem in the last batch still stops the
// load and is named by record and field.

const large = generateDataset({ records: 4500, seed: 11 });
const count = new Intl.NumberFormat('en-GB').format(large.records.length);

test('a large dataset is read in the worker and every record arrives', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: large }));
  await page.goto('./?tab=table');
  await expect(page.getByRole('heading', { level: 1, name: large.meta.title })).toBeVisible();
  await expect(page.getByText(`${count} records match out of ${count}`)).toBeVisible();
  expect(workers.some((url) => url.includes('dataset-worker'))).toBe(true);
  // The index built from the batches answers the filter: one record, found by its title.
  const last = large.records.at(-1)!;
  await page.goto(`./?tab=table&q=${encodeURIComponent(last.title)}`);
  await expect(page.getByRole('table').getByText(last.title).first()).toBeVisible();
});

test('problems in the last records of a large dataset are named, though earlier batches arrived', async ({
  page,
}) => {
  const broken = structuredClone(large);
  const last = broken.records.at(-1)!;
  const nextToLast = broken.records.at(-2)!;
  last.title = '';
  nextToLast.parties[0] = { ...nextToLast.parties[0]!, organisation: 'no-such-organisation' };
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: broken }));
  await page.goto('./');
  await expect(
    page.getByRole('heading', { name: 'The dataset does not match the data contract' }),
  ).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: `records › ${last.id} › title` })).toContainText('must not be empty');
  await expect(
    rows.filter({ hasText: `records › ${nextToLast.id} › parties[0].organisation` }),
  ).toContainText('unknown organisation "no-such-organisation"');
  await expect(page.getByRole('heading', { level: 1, name: large.meta.title })).toHaveCount(0);
});
