import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

// A page load waits for the lazy map and briefing chunks; on a loaded two-core machine that takes a while.
const LOADING = { timeout: 30_000 };

async function openMap(page: Page, search = '?tab=map') {
  await page.goto(`./${search}`);
  const map = page.getByRole('region', { name: 'Map of cooperation between countries' });
  await expect(map).toBeVisible(LOADING);
  await expect(map.locator('path.map-country').first()).toBeAttached();
}

test('a country selected by keyboard leads to its profile', async ({ page }) => {
  await openMap(page);
  const countries = page.getByRole('region', { name: 'Countries with records' });
  await countries.getByRole('button', { name: /^Cambodia: / }).focus();
  await page.keyboard.press('Enter');
  const profile = page.getByRole('link', { name: 'Open Cambodia’s profile' });
  await expect(profile).toBeVisible();
  await expectNoAxeViolations(page);

  // Screenshots for a person to look at after a run (artifacts/ is not committed).
  mkdirSync('artifacts', { recursive: true });
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `artifacts/explore-cambodia-selected-${width}.png`, fullPage: true });
  }
  // And the selection's panel as a phone shows it, where the link must not be lost below the fold.
  await profile.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/explore-cambodia-selected-375-panel.png' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Followed by keyboard too: the link is reachable and announces where it goes.
  await profile.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia', LOADING);
  await expect(page).toHaveURL(/[?&]view=country(&|$)/);
  await expect(page).toHaveURL(/[?&]c=KHM(&|$)/);
});

test('a highlighted flow leads to the brief of its two countries', async ({ page }) => {
  await openMap(page);
  const flows = page.getByRole('region', { name: 'Flows between countries' });
  await flows.getByRole('button', { name: /^Japan → Ukraine: / }).click();
  const brief = flows.getByRole('link', { name: 'Brief: Japan and Ukraine' });
  await expect(brief).toBeVisible();
  await brief.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Japan and Ukraine', LOADING);
  await expect(page).toHaveURL(/[?&]c=JPN(,|%2C)UKR(&|$)/);
});

test('two ticked countries lead to their brief, from beside the filter chips', async ({ page }) => {
  await openMap(page, '?tab=map&country=KHM,UKR');
  const filters = page.getByRole('complementary', { name: 'Filters' });
  const brief = filters.getByRole('link', { name: 'Brief: Cambodia and Ukraine' });
  await expect(brief).toBeVisible();
  mkdirSync('artifacts', { recursive: true });
  await filters.screenshot({ path: 'artifacts/filters-pair-brief-1440.png' });
  await brief.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia and Ukraine', LOADING);
});

test("the header's Briefs dialog works at 375 px, by keyboard, without axe violations", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openMap(page);
  // On a phone the header's tools fold behind its Menu button.
  await page.getByRole('button', { name: 'Menu' }).click();
  const button = page.getByRole('button', { name: 'Briefs' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Country profiles and briefs on two countries' });
  await expect(dialog).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `the page sticks out by ${overflow}px`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  mkdirSync('artifacts', { recursive: true });
  await page.screenshot({ path: 'artifacts/briefs-dialog-375.png' });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await dialog.getByRole('combobox', { name: 'First country' }).selectOption('KHM');
  await dialog.getByRole('combobox', { name: 'Second country' }).selectOption('UKR');
  await dialog.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia and Ukraine', LOADING);
  await expect(page.locator('#main')).toBeFocused();
});
