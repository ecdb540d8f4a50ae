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
        // The Khmer face is declared on every page with a Khmer unicode-range: the header's "ខ្មែរ"
        // fetches it (no tofu boxes); a page with no Khmer letters at all (an embed) never does.
        const showsKhmer = KHMER_LETTER.test(text);
        await page.evaluate(() => document.fonts.ready);
        expect(fontRequests.length > 0, 'the Khmer font is fetched exactly when Khmer shows').toBe(
          showsKhmer,
        );
        if (showsKhmer) await expectKhmerSwitcherFont(page);
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

/** The switcher's "ខ្មែរ" on a page in another language is drawn with the bundled Khmer face. */
async function expectKhmerSwitcherFont(page: Page): Promise<void> {
  const link = page.locator('.language-switcher a[lang="km"]');
  await expect(link).toHaveText('ខ្មែរ');
  const font = await link.evaluate(async (element) => {
    await document.fonts.ready;
    return {
      family: getComputedStyle(element).fontFamily,
      loaded: [...document.fonts]
        .filter((face) => face.family.replaceAll('"', '') === 'Noto Sans Khmer' && face.status === 'loaded')
        .map((face) => face.weight),
    };
  });
  expect(font.family.split(',')[0]!.replaceAll('"', '').trim()).toBe('Noto Sans Khmer');
  expect(font.loaded, 'the Khmer face loaded for the switcher').not.toEqual([]);
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

/**
 * The dataset's own free text, which has no Khmer version and stays as its editors and publishers
 * wrote it: record titles, summaries and notes, organisation names, people, places' own names,
 * topics, equipment, outcomes, and the sources' titles and publishers (the publishers' words).
 * A text on screen that carries one of these is the dataset speaking, not the dashboard.
 * Country names themselves are left out of this list: they are what the test looks for.
 */
function datasetWords(): string[] {
  const dataset = shippedDataset();
  const countryNames = new Set(dataset.countries.map((country) => country.name));
  const words: (string | undefined)[] = [
    dataset.meta.title,
    dataset.meta.description,
    dataset.meta.publisher,
  ];
  for (const organisation of dataset.organisations) words.push(organisation.name);
  for (const source of dataset.sources) words.push(source.title, source.publisher, source.url);
  for (const record of dataset.records) {
    words.push(record.title, record.summary, record.confidenceNote, record.place?.name);
    for (const party of record.parties) words.push(party.note);
    for (const person of record.people ?? []) words.push(person.name, person.title);
    if (record.type === 'training') words.push(...record.topics, ...record.equipment);
    if (record.type === 'event') words.push(...record.outcomes);
    if (record.type === 'partnership') words.push(record.amount?.note);
  }
  return [...new Set(words)].filter(
    (word): word is string => word !== undefined && word.length >= 8 && !countryNames.has(word),
  );
}

/** Visible text nodes (HTML and SVG) that name a country in English, with the element they sit in. */
async function englishCountryNames(page: Page, names: string[], excluded: string[]): Promise<string[]> {
  return page.evaluate(
    ([names, excluded]) => {
      const pattern = new RegExp(
        `\\b(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
      );
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (parent === null || !pattern.test(text)) continue;
        if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        // Screen-reader-only text is visible to its readers: it counts. What the dataset wrote does not.
        if (excluded.some((words) => text.includes(words))) continue;
        found.push(`${parent.tagName.toLowerCase()}.${parent.className}: ${text.trim()}`);
      }
      return found;
    },
    [names, excluded] as const,
  );
}

test.describe('Khmer pages name no country in English', () => {
  const englishNames = shippedDataset().countries.map((country) => country.name);
  const excluded = datasetWords();
  const KHMER_PAGES = [
    { name: 'explore map and its lists', path: './?tab=map&lang=km' },
    { name: 'explore charts', path: './?tab=charts&lang=km' },
    { name: 'explore records', path: './?tab=table&lang=km' },
    { name: 'Cambodia’s profile', path: './?view=country&c=KHM&lang=km' },
    { name: 'the Cambodia–Ukraine brief', path: './?view=pair&c=KHM,UKR&lang=km' },
  ];
  for (const { name, path } of KHMER_PAGES) {
    test(name, async ({ page }) => {
      await page.goto(path);
      await settledText(page);
      // Unfold what a reader would unfold: every "Show all" list.
      for (const more of await page.getByRole('button', { name: /\d/ }).filter({ hasText: /[០-៩]/ }).all()) {
        if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
      }
      expect(await englishCountryNames(page, englishNames, excluded)).toEqual([]);
      // Lists of Khmer names are joined in Khmer (និង), not with Chromium's English fallback.
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/[\u1780-\u17FF],? (and|or) [\u1780-\u17FF]/);
    });
  }
});

test.describe('Ukrainian placeholders fit their fields', () => {
  for (const width of [375, 1440]) {
    test(`at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./?tab=map&lang=uk');
      await settledText(page);
      // On a phone the filters (and their search fields) are in a drawer behind the filter bar.
      const drawer = page.getByRole('button', { name: /^Фільтри/ });
      if (await drawer.isVisible()) await drawer.click();
      const fields = page.locator('input[placeholder]:visible');
      expect(await fields.count()).toBeGreaterThanOrEqual(2);
      // The placeholder's drawn width, measured in the field's own font, against the room the field gives it.
      const overflowing = await fields.evaluateAll((inputs) =>
        inputs
          .map((input) => {
            const style = getComputedStyle(input);
            const context = document.createElement('canvas').getContext('2d')!;
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const text = (input as HTMLInputElement).placeholder;
            return { text, needed: Math.ceil(context.measureText(text).width), room };
          })
          .filter(({ needed, room }) => needed > room),
      );
      expect(overflowing).toEqual([]);
    });
  }
});
