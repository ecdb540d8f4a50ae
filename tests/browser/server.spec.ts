import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerContentSecurityPolicy } from '../../scripts/security-headers';
import { shippedDataset } from './support/dataset-file';
import { expect, test } from './support/fixtures';
import { serveHostPage } from './support/host-page';
import { startNginx } from './support/nginx';

// The suite's server is Debian's nginx running deploy/nginx.conf (playwright.config.ts): these
// tests read its answers as a browser gets them, so what they prove holds for a deployment.
const BASE = `http://127.0.0.1:${Number(process.env.PREVIEW_PORT ?? 4173)}/`;
const HOST_PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 22;
const SWAP_PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 23;

const gzip = { 'Accept-Encoding': 'gzip' };
const assetNamed = (ending: string) => readdirSync('dist/assets').find((name) => name.endsWith(ending))!;

test('every page answers with the security headers, and only the embed may be framed elsewhere', async () => {
  for (const path of ['', '?view=country&c=KHM', 'api/v1/dataset.json', `assets/${assetNamed('.js')}`]) {
    const response = await fetch(BASE + path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-security-policy'), path).toBe(
      headerContentSecurityPolicy(["'self'"]),
    );
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
  }
  const embed = await fetch(`${BASE}embed.html?embed=map`);
  expect(embed.headers.get('content-security-policy')).toBe(headerContentSecurityPolicy(['*']));
});

test('scripts, styles and the dataset are compressed', async () => {
  for (const path of [`assets/${assetNamed('.js')}`, `assets/${assetNamed('.css')}`, 'api/v1/dataset.json']) {
    const response = await fetch(BASE + path, { headers: gzip });
    expect(response.headers.get('content-encoding'), path).toBe('gzip');
    expect(response.headers.get('vary'), path).toContain('Accept-Encoding');
  }
});

test('hashed assets are cached for a year; pages and the dataset are revalidated by ETag', async () => {
  const asset = await fetch(`${BASE}assets/${assetNamed('.js')}`);
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

  for (const path of ['', 'index.html', 'embed.html', 'api/v1/dataset.json']) {
    const first = await fetch(BASE + path, { headers: gzip });
    expect(first.headers.get('cache-control'), path).toBe('no-cache');
    const etag = first.headers.get('etag');
    expect(etag, path).toBeTruthy();
    const again = await fetch(BASE + path, { headers: { ...gzip, 'If-None-Match': etag! } });
    expect(again.status, `${path} unchanged is a 304`).toBe(304);
  }
});

test('an unknown file is a real 404, never the app page in its place', async () => {
  for (const path of ['nope.js', 'assets/nope-12345678.js', 'api/v1/other.json', 'country/KHM']) {
    const response = await fetch(BASE + path);
    expect(response.status, path).toBe(404);
  }
});

test('the pages run under the header policy without a single refusal', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') refusals.push(message.text());
  });
  const title = shippedDataset().meta.title;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.goto('./?view=country&c=KHM');
  await expect(page.getByRole('heading', { level: 1, name: /Cambodia/ })).toBeVisible();
  await page.goto('./?view=pair&c=KHM,UKR');
  await expect(page.getByRole('heading', { level: 1, name: /Cambodia.*Ukraine/ })).toBeVisible();
  await page.goto('./embed.html?embed=map');
  await expect(page.getByRole('region', { name: /map/i }).first()).toBeVisible();
  expect(refusals).toEqual([]);
});

test.describe('framing', () => {
  // The refusal this test provokes is the browser's own message, and the point of the test.
  test.use({ allowConsoleErrors: [/^Framing '.*' violates .*frame-ancestors 'self'/] });

  test('a partner page may frame the embed but not the dashboard itself', async ({ page }) => {
    const host = await serveHostPage(
      HOST_PORT,
      `<iframe title="embed" src="${BASE}embed.html?embed=map" width="600" height="500"></iframe>
     <iframe title="dashboard" src="${BASE}" width="600" height="500"></iframe>`,
    );
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    try {
      await page.goto(host.url);
      const embed = page.frameLocator('iframe[title="embed"]');
      await expect(embed.getByRole('region', { name: /map/i }).first()).toBeVisible({ timeout: 30_000 });
      // Chromium refuses the dashboard's frame, says why, and leaves its error page in it.
      await expect
        .poll(() => messages.some((text) => /^Framing '.*' violates .*frame-ancestors 'self'/.test(text)))
        .toBe(true);
      const dashboard = page.frameLocator('iframe[title="dashboard"]');
      await expect(dashboard.getByRole('heading', { level: 1 })).toHaveCount(0);
    } finally {
      await host.close();
    }
  });
});

test('a dataset replaced on the server is seen at the next load, with no rebuild', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-swap-'));
  cpSync('dist', folder, { recursive: true });
  const server = await startNginx(folder, SWAP_PORT);
  try {
    const original = shippedDataset();
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: original.meta.title })).toBeVisible();

    const replacement = { ...original, meta: { ...original.meta, title: 'Swapped on the server' } };
    writeFileSync(join(folder, 'api/v1/dataset.json'), JSON.stringify(replacement));
    // A normal navigation, not a hard reload: the browser's cached copy must be revalidated.
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Swapped on the server' })).toBeVisible();
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
