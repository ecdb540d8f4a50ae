import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import type { Dataset } from '../../src/data/schema/dataset';
import { countryProfile } from '../../src/data/selectors/country-profile';
import { EMPTY_FILTER, filterRecords } from '../../src/data/selectors/filter';
import { buildModel } from '../../src/data/selectors/model';
import { sampleDataset } from '../../mocks/datasets';
import { moneyText } from '../../src/i18n/money-text';
import { createTranslator } from '../../src/i18n/translator';

const model = buildModel(sampleDataset as Dataset);
const LOADING = { timeout: 10_000 };
const i18n = createTranslator('en');

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}

afterEach(() => window.history.replaceState(null, '', '/'));

/** The text of a headline figure (its value, then its markers and detail), found by its label. */
function figure(label: string): string {
  const figures = screen.getByRole('region', { name: 'Key figures' });
  const terms = within(figures).getAllByRole('term');
  const definitions = within(figures).getAllByRole('definition');
  const index = terms.findIndex((term) => term.textContent === label);
  return definitions[index]?.textContent ?? '';
}

/** The value alone: what comes before the first footnote marker. */
const valueOf = (label: string) => figure(label).split('[')[0];

// Cambodia's page is the largest in the dataset (67 records, ~70 notes): jsdom needs time to render and query it.
describe("Cambodia's profile", { timeout: 20_000 }, () => {
  it('shows the headline figures the selectors compute, each cited', async () => {
    renderAt('?view=country&c=KHM');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cambodia' }, LOADING)).toBeInTheDocument();
    const profile = countryProfile(model, model.dataset.records, 'KHM');
    expect(valueOf('Partner countries')).toBe(String(profile.partners.count));
    expect(valueOf('Training exchanges provided (as trainer)')).toBe(String(profile.trainingsProvided.count));
    expect(valueOf('Training exchanges received (as trainee)')).toBe(String(profile.trainingsReceived.count));
    expect(valueOf('Events hosted (as host or organiser)')).toBe(String(profile.eventsHosted.count));
    expect(valueOf('Events attended')).toBe(String(profile.eventsAttended.count));
    const figures = screen.getByRole('region', { name: 'Key figures' });
    expect(figures).toHaveTextContent(
      `${profile.trainingsProvided.people.min}–${profile.trainingsProvided.people.max} people trained (disputed: sources disagree)`,
    );
    expect(figures).toHaveTextContent('1 training without a count');
    // Every marker leads to a note that exists.
    const noteIds = new Set(
      within(screen.getByRole('region', { name: 'Sources' }))
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('id')),
    );
    // One marker button per figure, named by the notes it opens ("Sources 1–38").
    const markers = within(figures).getAllByRole('button', { name: /^Sources? [\d–, ]+$/ });
    expect(markers.length).toBeGreaterThan(5);
    for (const marker of markers) {
      for (const run of (marker.getAttribute('aria-label') ?? '').replace(/^Sources? /, '').split(', ')) {
        const [first = 0, last = first] = run.split('–').map(Number);
        for (let number = first; number <= last; number += 1) expect(noteIds).toContain(`source-${number}`);
      }
    }
  });

  it('lists every source behind the page once, numbered in order', async () => {
    renderAt('?view=country&c=KHM');
    const notes = await screen.findByRole('region', { name: 'Sources' }, LOADING);
    const profile = countryProfile(model, model.dataset.records, 'KHM');
    const expected = new Set(profile.records.flatMap((record) => record.sources));
    const items = within(notes).getAllByRole('listitem');
    expect(items).toHaveLength(expected.size);
    items.forEach((item, index) => expect(item).toHaveAttribute('id', `source-${index + 1}`));
  });

  it('gives what the country received alone, with its qualifier and period, and each joint amount once', async () => {
    renderAt('?view=country&c=KHM');
    const funding = await screen.findByRole('region', { name: 'Funding where amounts are known' }, LOADING);
    const received = countryProfile(model, model.dataset.records, 'KHM').fundingReceived;
    const usd = received.byCurrency.find((total) => total.currency === 'USD');
    expect(usd).toBeDefined();
    expect(funding).toHaveTextContent(moneyText(i18n, usd!.sum));
    expect(funding).toHaveTextContent(`in ${usd!.own.count} partnerships`);
    expect(funding).toHaveTextContent(i18n.formatPeriod(usd!.sum.period!.start, usd!.sum.period!.end));
    const jointLines = within(funding).queryAllByText(/^Jointly with/);
    expect(jointLines).toHaveLength(
      received.byCurrency.reduce((n, total) => n + total.joint.length, 0) +
        countryProfile(model, model.dataset.records, 'KHM').fundingGiven.byCurrency.reduce(
          (n, total) => n + total.joint.length,
          0,
        ),
    );
    expect(funding).toHaveTextContent('No amounts recorded.');
  });

  it('links each partner to the two countries’ brief, keeping the filters', async () => {
    renderAt('?view=country&c=KHM&from=2023');
    const partners = await screen.findByRole('region', { name: 'Partners and roles' }, LOADING);
    const filtered = filterRecords(model, { ...EMPTY_FILTER, yearFrom: 2023 });
    const expected = countryProfile(model, filtered, 'KHM').partners.list;
    const rows = within(partners).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.length);
    const link = within(partners).getByRole('link', { name: 'Cambodia and Ukraine' });
    expect(link).toHaveAttribute('href', '?view=pair&c=KHM,UKR&from=2023');
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cambodia and Ukraine' }, LOADING),
    ).toBeInTheDocument();
  });

  it('opens another country from the picker', async () => {
    renderAt('?view=country&c=KHM');
    const picker = await screen.findByRole('group', { name: 'Another country' }, LOADING);
    await userEvent.selectOptions(within(picker).getByRole('combobox', { name: 'Country' }), 'Ukraine');
    await userEvent.click(within(picker).getByRole('button', { name: 'Open profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ukraine' }, LOADING)).toBeInTheDocument();
    expect(window.location.search).toBe('?view=country&c=UKR');
    expect(screen.getByText('All records in the dataset, without filters.')).toBeInTheDocument();
  });

  it('links back to the explore view with the same filters', async () => {
    renderAt('?view=country&c=KHM&type=training');
    const back = await screen.findByRole('link', { name: 'Back to explore' }, LOADING);
    expect(back).toHaveAttribute('href', '?type=training');
  });
});
