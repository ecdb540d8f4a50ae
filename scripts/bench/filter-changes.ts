import type { Page } from 'playwright-core';
import type { BenchProbe, FilterSample } from './page-probes';

export interface FilterFigures {
  samples: FilterSample[];
  /** Changes whose record count did not change within the time allowed (not timed), by option label. */
  missed: string[];
}

// The live record count ("N records match out of M") changes when the view has been recomputed.
const COUNT_SELECTOR = '.filter-panel [role="status"]';
// At 100k records on a busy machine one change has taken over 30 s.
const CHANGE_TIMEOUT_MS = 120_000;

/**
 * Toggles filter checkboxes through the UI, each on then off again, cycling through record kinds,
 * themes, confidence, countries and organisations (the first three of each), and times each change in the page:
 * from the click to the count updated, and to the next frame painted. `first` continues the sequence
 * of boxes where an earlier call left it.
 */
export async function timeFilterChanges(page: Page, changes: number, first = 0): Promise<FilterFigures> {
  // Found by label, not position: the searchable lists move checked options to the top.
  const groups = page.locator('.filter-panel fieldset');
  const boxes = [];
  for (let group = 0; group < (await groups.count()); group += 1) {
    const labels = await groups
      .nth(group)
      .locator('label:has(input[type="checkbox"])')
      .evaluateAll((elements) => elements.slice(0, 3).map((element) => element.textContent ?? ''));
    for (const label of labels) {
      boxes.push(groups.nth(group).getByRole('checkbox', { name: label, exact: true }));
    }
  }
  if (boxes.length === 0) throw new Error('no filter checkboxes found on the explore view');

  const samples: FilterSample[] = [];
  const missed: string[] = [];
  for (let change = first; change < first + changes; change += 1) {
    const box = boxes[Math.floor(change / 2) % boxes.length]!;
    await page.evaluate(
      (selector) => (window as unknown as { __bench: BenchProbe }).__bench.armFilter(selector),
      COUNT_SELECTOR,
    );
    await box.click({ timeout: CHANGE_TIMEOUT_MS });
    try {
      const sample = await page.waitForFunction(
        () => (window as unknown as { __bench: BenchProbe }).__bench.filterSample,
        undefined,
        { timeout: CHANGE_TIMEOUT_MS, polling: 'raf' },
      );
      samples.push((await sample.jsonValue()) as FilterSample);
    } catch {
      missed.push((await box.evaluate((input) => input.closest('label')?.textContent)) ?? '?');
    }
  }
  return { samples, missed };
}
