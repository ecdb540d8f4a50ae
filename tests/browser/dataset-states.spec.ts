import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { DATASET_ROUTE, shippedDataset } from './support/dataset-file';

const dataset = shippedDataset();

// The browser reports a failed request on its console; these tests cause that on purpose.
test.use({ allowConsoleErrors: [/Failed to load resource/] });

test('a slow dataset shows a skeleton, then the records', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(DATASET_ROUTE, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./');
  const loading = page.getByRole('status').filter({ hasText: 'Loading the dataset' });
  await expect(loading).toBeVisible();
  // The page's frame (issue 14) holds the title's place with the loading message, never a title
  // of its own: the dataset names itself once it is there.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loading the dataset…');
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await expect(loading).toHaveCount(0);
});

test('a failed request says what happened, and Retry loads the data', async ({ page }) => {
  let failing = true;
  await page.route(DATASET_ROUTE, (route) =>
    failing ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.continue(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  await expect(alert).toContainText('HTTP 503');
  await expectNoAxeViolations(page);

  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  const total = dataset.records.length;
  await expect(page.getByText(`${total} records match out of ${total}`)).toBeVisible();
});

test('an invalid dataset names the record and field of each problem', async ({ page }) => {
  const broken = structuredClone(dataset);
  const record = broken.records[3]!;
  record.parties[0] = { ...record.parties[0]!, organisation: 'no-such-organisation' };
  broken.sources[0]!.url = 'javascript:alert(1)';
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: broken }));
  await page.goto('./');

  await expect(
    page.getByRole('heading', { name: 'The dataset does not match the data contract' }),
  ).toBeVisible();
  await expect(page.getByText('2 problems were found')).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: `records › ${record.id} › parties[0].organisation` })).toContainText(
    'unknown organisation "no-such-organisation"',
  );
  await expect(rows.filter({ hasText: `sources › ${broken.sources[0]!.id} › url` })).toContainText(
    'must be an absolute http or https URL',
  );
  await expect(page.getByText('npm run validate-data')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a file that is not JSON is reported as such', async ({ page }) => {
  await page.route(DATASET_ROUTE, (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"records": [' }),
  );
  await page.goto('./');
  await expect(
    page.getByRole('heading', { name: 'The dataset does not match the data contract' }),
  ).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'is not valid JSON' })).toBeVisible();
});

test('a dataset in a schema version the app does not read says so', async ({ page }) => {
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: { ...dataset, schemaVersion: '9.0' } }));
  await page.goto('./');
  await expect(
    page.getByRole('row').filter({ hasText: 'schema version "9.0" is not supported' }),
  ).toBeVisible();
});

test('an empty dataset says it has no records', async ({ page }) => {
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: { ...dataset, records: [] } }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'This dataset has no records yet' })).toBeVisible();
  await expectNoAxeViolations(page);
});
