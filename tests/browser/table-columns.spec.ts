import type { CooperationRecord } from '../../src/data/schema/records';
import { sortRecords } from '../../src/data/selectors/sort-records';
import { shippedDataset } from './support/dataset-file';
import { expect as baseExpect, test } from './support/fixtures';

// As in table.spec.ts: the first render waits for the dataset, slowly on shared cores.
const expect = baseExpect.configure({ timeout: 15_000 });
const LOCALE = 'en-GB';

const dataset = shippedDataset();
const japanese = new Set(
  dataset.organisations.filter((organisation) => organisation.country === 'JPN').map((o) => o.id),
);
// Stated from the data, not with the app's filter: Japan, or a Japanese organisation, is a donor
// of the record, and the record gives an amount.
const japanGivesAnAmount = dataset.records.filter(
  (record) =>
    record.type === 'partnership' &&
    record.amount !== undefined &&
    record.parties.some(
      (party) =>
        party.role === 'donor' &&
        (party.country === 'JPN' ||
          (party.country === undefined &&
            party.organisation !== undefined &&
            japanese.has(party.organisation))),
    ),
);
const titles = (records: CooperationRecord[]) => records.map((record) => record.title);

test('role, country and "with an amount" from the URL keep the records where Japan gives an amount, sortable by it', async ({
  page,
}) => {
  expect(japanGivesAnAmount.length).toBeGreaterThan(2);
  await page.goto('./?tab=table&role=giving&country=JPN&amount=1');
  const table = page.getByRole('table', { name: 'Records under the current filters' });
  const newestFirst = sortRecords(japanGivesAnAmount, { field: 'date', direction: 'desc' }, LOCALE);
  await expect(table.getByRole('rowheader')).toHaveText(titles(newestFirst));
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button', { name: 'Remove filter: Role: giving (donor)' })).toBeVisible();
  await expect(chips.getByRole('button', { name: 'Remove filter: With an amount' })).toBeVisible();
  // Every Roles cell names Japan's part only, and every amount cell has an amount.
  for (const cell of await table.locator('.cell-parties').all()) await expect(cell).toContainText(': donor');
  await expect(table.getByText('None given')).toHaveCount(0);

  await table.getByRole('button', { name: 'Amount' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('amount:asc');
  const byAmount = sortRecords(japanGivesAnAmount, { field: 'amount', direction: 'asc' }, LOCALE);
  await expect(table.getByRole('rowheader')).toHaveText(titles(byAmount));
  await expect(table.getByRole('columnheader', { name: 'Amount' })).toHaveAttribute('aria-sort', 'ascending');
});
