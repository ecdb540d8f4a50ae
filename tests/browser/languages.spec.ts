import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/messages-en';
import { shippedDataset } from './support/dataset-file';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

// The four pages the issue names, each opened in each language through its URL.
const PAGES = [
  { name: 'explore view (timeline)', path: './?tab=timeline' },
  { name: 'country profile KHM', path: './?view=country&c=KHM' },
  { name: 'Cambodia–Ukraine brief', path: './?view=pair&c=KHM,UKR' },
  // The full layout: its lists carry the country names this test looks for (the compact one folds them).
  { name: 'map embed', path: './embed.html?embed=map&layout=full&country=KHM,UKR' },
] as const;

const LANGUAGES = ['en', 'km', 'uk'] as const;
const KEYS = Object.keys(en);
const KHMER_DIGIT = /[០-៩]/;
const KHMER_LETTER = /[\u1780-\u17B3]/;
const UKRAINIAN_MONTH = /(січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)[а-яі]*\s+\d{4}/;
const ENGLISH_MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
const KHMER_FONT_FILE = /noto-sans-khmer-khmer-400-normal-[^/]*\.woff2$/;
const LOAD = { timeout: 60_000 };

// Twelve pages with axe each: let the two workers share them. axe on a country profile takes
// minutes on a busy two-core machine, hence the longer limit.
test.describe.configure({ mode: 'parallel', timeout: 300_000 });

function withLanguage(path: string, language: string): string {
  return `${path}&lang=${language}`;
}

/** The page's visible text once the data has arrived (a heading is there and nothing is busy). */
async function settledText(page: Page): Promise<string> {
  await expect(page.getByRole('heading').first()).toBeVisible(LOAD);
  // The dataset (aria-busy) and the lazy panels (skeletons) have arrived.
  await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0, LOAD);
  return page.locator('body').innerText();
}

/** Catalogue keys or unformatted ICU arguments that reached the screen. */
function rawMessages(text: string): string[] {
  const keys = KEYS.filter((key) => text.includes(key));
  const braces = text.match(/\{[a-zA-Z]+(,[^}]*)?\}/g) ?? [];
  return [...keys, ...braces];
}

for (const { name, path } of PAGES) {
  for (const language of LANGUAGES) {
    test(`${name} in ${language}: no raw message ids, formatting for the language, axe`, async ({ page }) => {
      const fontRequests: string[] = [];
      const chunks: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (KHMER_FONT_FILE.test(url)) fontRequests.push(url);
        if (/messages-(km|uk)-[^/]*\.js$/.test(url)) chunks.push(url.match(/messages-(km|uk)/)![1]!);
      });
      await page.goto(withLanguage(path, language));
      const text = await settledText(page);

      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      expect(rawMessages(text), 'message ids or ICU arguments on screen').toEqual([]);

      if (language === 'km') {
        expect(text, 'Khmer digits').toMatch(KHMER_DIGIT);
        expect(text, 'Khmer words (country names from Intl at least)').toMatch(KHMER_LETTER);
        expect(text, 'English month names in a Khmer page').not.toMatch(ENGLISH_MONTH);
        expect(chunks).toEqual(['km']);
        await expectKhmerFont(page);
        expect(fontRequests.length, 'the bundled Khmer font was fetched').toBeGreaterThan(0);
      } else {
        expect(text, 'no Khmer digits outside Khmer').not.toMatch(KHMER_DIGIT);
        expect(fontRequests, 'the Khmer font is not fetched for other languages').toEqual([]);
        expect(chunks).toEqual(language === 'uk' ? ['uk'] : []);
      }
      if (language === 'uk') {
        expect(text, 'Ukrainian dates').toMatch(UKRAINIAN_MONTH);
        expect(text, 'Ukrainian country names').toMatch(/Камбоджа/);
      }
      if (language === 'en') expect(text, 'English dates').toMatch(ENGLISH_MONTH);

      await expectNoAxeViolations(page);
    });
  }
}

/** Khmer text is drawn with the bundled Noto Sans Khmer: its face is loaded and comes first for Khmer text. */
async function expectKhmerFont(page: Page): Promise<void> {
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter((face) => face.family.replaceAll('"', '') === 'Noto Sans Khmer');
    return {
      loaded: faces.filter((face) => face.status === 'loaded').map((face) => face.weight),
      check: document.fonts.check('16px "Noto Sans Khmer"', 'ខ្មែរ'),
      family: getComputedStyle(document.body).fontFamily,
    };
  });
  expect(font.loaded, 'a loaded Noto Sans Khmer face from our own files').toContain('400');
  expect(font.check).toBe(true);
  expect(font.family.split(',')[0]!.replaceAll('"', '').trim()).toBe('Noto Sans Khmer');
}

test('the switcher changes the language in place, keeps the view, and a copied link reopens it', async ({
  page,
}) => {
  await page.goto('./?view=country&c=KHM&lang=en');
  await settledText(page);
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await expect(switcher.getByRole('link', { name: 'ខ្មែរ' })).toHaveAttribute('lang', 'km');

  await switcher.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/[?&]view=country&c=KHM.*lang=uk/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk', LOAD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Камбоджа');
  await page.getByRole('link', { name: 'ខ្មែរ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km', LOAD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('កម្ពុជា');

  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk', LOAD);

  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Камбоджа', LOAD);
});

test.describe('without a language in the URL', () => {
  test.use({ locale: 'uk-UA' });
  test('the browser’s language is used, and an unknown lang falls back to it with a notice', async ({
    page,
  }) => {
    await page.goto('./?view=country&c=KHM');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk', LOAD);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Камбоджа', LOAD);

    await page.goto('./?view=country&c=KHM&lang=fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk', LOAD);
    await expect(page.getByRole('alert')).toContainText('lang');
    await expect(page).not.toHaveURL(/lang=/);
  });
});

test('the Embed dialog’s code carries the language on screen, and the embed honours it', async ({ page }) => {
  await page.goto('./?lang=km');
  await settledText(page);
  // Words are Khmer once the translators' catalogue lands, so the button is found by its place, not its name.
  await page.locator('button.embed-open').click();
  const code = await page.locator('dialog[open] textarea').inputValue();
  const src = code.match(/src="([^"]+embed\.html[^"]+)"/)![1]!.replaceAll('&amp;', '&');
  expect(new URL(src).searchParams.get('lang')).toBe('km');
  await page.goto(src);
  await expect(page.locator('html')).toHaveAttribute('lang', 'km', LOAD);
});

test('a Khmer page names every country in Khmer, though Chromium has no Khmer country names of its own', async ({
  page,
}) => {
  const englishNames = new Set(shippedDataset().countries.map((country) => country.name));
  await page.goto('./?tab=map&lang=km');
  await settledText(page);
  const options = await page
    .locator('label.filter-option')
    .evaluateAll((labels) => labels.map((label) => label.textContent?.trim() ?? ''));
  // The country filter lists every country of the dataset; organisations keep their own names.
  expect(options).toContain('កម្ពុជា');
  expect(options).toContain('អ៊ុយក្រែន');
  expect(options.filter((option) => englishNames.has(option))).toEqual([]);
});
