import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { expectedCount, shippedModel } from './support/model';

const model = shippedModel();
const total = model.dataset.records.length;
const matching = (count: number) =>
  `${count} ${count === 1 ? 'record matches' : 'records match'} out of ${total}`;

test('filters narrow the records, show as chips, and live in the URL', async ({ page }) => {
  await page.goto('./?tab=timeline');
  const count = page.locator('.filter-count');
  await expect(count).toHaveText(matching(total));

  await page.getByRole('checkbox', { name: 'Training exchange' }).check();
  await expect(page).toHaveURL(/type=training/);
  await expect(count).toHaveText(matching(expectedCount(model, { types: ['training'] })));

  await page.getByRole('searchbox', { name: 'Search titles, places, organisations and people' }).fill('SESU');
  await expect(page).toHaveURL(/q=SESU/);
  const both = expectedCount(model, { types: ['training'], text: 'SESU' });
  await expect(count).toHaveText(matching(both));
  await expect(page.getByRole('tabpanel').getByRole('link')).toHaveCount(both);

  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button')).toHaveCount(2);
  await chips.getByRole('button', { name: 'Remove filter: Training exchange' }).click();
  await expect(page).not.toHaveURL(/type=/);
  await expect(count).toHaveText(matching(expectedCount(model, { text: 'SESU' })));

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(count).toHaveText(matching(total));
  await expect(page).toHaveURL(/\?tab=timeline$/);
});

test('back and forward walk the history of filters', async ({ page }) => {
  await page.goto('./?tab=timeline');
  const count = page.locator('.filter-count');
  await page.getByRole('checkbox', { name: 'Event' }).check();
  await expect(page).toHaveURL(/type=event/);
  await page.getByRole('checkbox', { name: 'Disputed' }).check();
  await expect(page).toHaveURL(/confidence=disputed/);
  const eventsAndDisputed = expectedCount(model, { types: ['event'], confidence: ['disputed'] });
  await expect(count).toHaveText(matching(eventsAndDisputed));

  await page.goBack();
  await expect(page).not.toHaveURL(/confidence=/);
  await expect(count).toHaveText(matching(expectedCount(model, { types: ['event'] })));
  await expect(page.getByRole('checkbox', { name: 'Disputed' })).not.toBeChecked();

  await page.goBack();
  await expect(count).toHaveText(matching(total));
  await expect(page.getByRole('checkbox', { name: 'Event' })).not.toBeChecked();

  await page.goForward();
  await page.goForward();
  await expect(count).toHaveText(matching(eventsAndDisputed));
  await expect(page.getByRole('checkbox', { name: 'Disputed' })).toBeChecked();
});

test('a copied link opens the same view in another browser context', async ({ page, browser }) => {
  await page.goto('./?tab=timeline');
  await page.getByRole('checkbox', { name: 'Training exchange' }).check();
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Colombia' }).check();
  await expect(page).toHaveURL(/country=COL/);
  const link = page.url();
  const expected = expectedCount(model, { types: ['training'], countries: ['COL'] });

  const other = await browser.newContext();
  const copy = await other.newPage();
  await copy.goto(link);
  await expect(copy.locator('.filter-count')).toHaveText(matching(expected));
  await expect(copy.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(copy.getByRole('checkbox', { name: 'Training exchange' })).toBeChecked();
  await expect(copy.getByRole('list', { name: 'Active filters' })).toContainText('Country: Colombia');
  await other.close();
});

test('a bad parameter is ignored with a notice that can be dismissed', async ({ page }) => {
  await page.goto('./?tab=timeline&type=training,meeting&country=ATA&from=1990x');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('“type=meeting” is not a value this dashboard understands.');
  await expect(notice).toContainText('“country=ATA” is not in this dataset.');
  await expect(notice).toContainText('“from=1990x”');
  // The rest of the link still applies, and the address no longer carries the bad parts.
  await expect(page.locator('.filter-count')).toHaveText(
    matching(expectedCount(model, { types: ['training'] })),
  );
  await expect(page).toHaveURL(/\?tab=timeline&type=training$/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the years can be stepped through, and the tabs work with the keyboard', async ({ page }) => {
  await page.goto('./?tab=timeline');
  const first = Math.min(...model.dataset.records.map((record) => Number(record.period.start.slice(0, 4))));
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${first}&to=${first}`));
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${first + 1}&to=${first + 1}`));
  await expect(page.locator('.filter-count')).toHaveText(
    matching(expectedCount(model, { yearFrom: first + 1, yearTo: first + 1 })),
  );

  await page.getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Records' })).toBeFocused();
  await expect(page).toHaveURL(/tab=table/);
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Map' })).toBeFocused();
  await expect(page).not.toHaveURL(/tab=/);
});

test('the timeline and filters have no accessibility violations', async ({ page }) => {
  await page.goto('./?tab=timeline&type=event');
  await expect(
    page.getByRole('heading', { name: 'Events and training exchanges, year by year' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
