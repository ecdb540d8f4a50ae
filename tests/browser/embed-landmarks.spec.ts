import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { serveHostPage } from './support/host-page';

// embed.spec.ts and embed-cards.spec.ts serve their host pages on PREVIEW_PORT + 20 and + 21.
const HOST_PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 22;

/** Every landmark of a frame with the name a screen reader's landmark list shows for it. */
async function landmarks(frame: Frame): Promise<string[]> {
  const snapshot = await frame.locator('body').ariaSnapshot();
  return snapshot
    .split('\n')
    .map((line) =>
      /^\s*- '?(main|contentinfo|region|navigation|complementary|banner|form)(?: "([^"]*)")?/.exec(line),
    )
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => `${match[1]} "${match[2] ?? ''}"`);
}

async function cardFrames(page: Page): Promise<Frame[]> {
  await expect(page.frameLocator('iframe').first().getByRole('contentinfo')).toBeVisible();
  await expect(page.frameLocator('iframe').nth(1).getByRole('contentinfo')).toBeVisible();
  return page.frames().filter((frame) => frame.url().includes('/embed.html'));
}

test('two card embeds on one host page name their landmarks after their own content', async ({
  page,
  baseURL,
}) => {
  const embed = (search: string, title: string) =>
    `<iframe src="${baseURL}embed.html?${search}" title="${title}" style="width:600px;height:900px"></iframe>`;
  const host = await serveHostPage(
    HOST_PORT,
    [
      embed('embed=country&c=KHM&lang=en', 'Mine action cooperation: Cambodia'),
      embed('embed=pair&c=KHM,UKR&lang=en', 'Mine action cooperation: Cambodia and Ukraine'),
    ].join('\n'),
  );
  try {
    await page.goto(host.url);
    const [country, pair] = await cardFrames(page);
    const countryLandmarks = await landmarks(country!);
    const pairLandmarks = await landmarks(pair!);

    // Each card has its main content and its footer, each named, and no name is shared by the two.
    for (const list of [countryLandmarks, pairLandmarks]) {
      expect(list.some((landmark) => landmark.startsWith('main "') && landmark !== 'main ""')).toBe(true);
      expect(
        list.some((landmark) => landmark.startsWith('contentinfo "') && landmark !== 'contentinfo ""'),
      ).toBe(true);
    }
    expect(countryLandmarks.filter((landmark) => pairLandmarks.includes(landmark))).toEqual([]);
    expect(countryLandmarks.join('\n')).toContain('Cambodia');
    expect(pairLandmarks.join('\n')).toContain('Cambodia and Ukraine');

    // And axe, which checks landmark names across the frames of a page, agrees.
    const results = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
    expect(
      results.violations.map((violation) => violation.nodes.map((node) => node.target.join(' '))),
    ).toEqual([]);
  } finally {
    await host.close();
  }
});
