import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { shippedDataset } from './support/dataset-file';
import { serveBuild } from './support/static-server';

// An operator replaces dist/api/v1/dataset.json on the host; the same build shows the new data.
test('a build shows another valid dataset after its file is replaced, without rebuilding', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-build-'));
  cpSync('dist', folder, { recursive: true });
  const server = await serveBuild(folder, 4181, '/tools/dashboard/');
  try {
    const original = shippedDataset();
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: original.meta.title })).toBeVisible();

    const replacement = {
      ...original,
      meta: { ...original.meta, title: 'Operator replacement dataset' },
      records: original.records.slice(0, 5),
    };
    writeFileSync(join(folder, 'api/v1/dataset.json'), JSON.stringify(replacement));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Operator replacement dataset' })).toBeVisible();
    await expect(page.getByText('5 records match out of 5')).toBeVisible();
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
