import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDataset } from '../../mocks/datasets';
import type { Dataset } from '../../src/data/schema/dataset';
import { countryProfile, recordsInvolving } from '../../src/data/selectors/country-profile';
import { EMPTY_FILTER } from '../../src/data/selectors/filter';
import { buildModel } from '../../src/data/selectors/model';
import { pairSummary } from '../../src/data/selectors/pair-summary';
import { readCardFocus } from '../../src/embed/card-focus';
import { EmbedApp } from '../../src/embed/EmbedApp';
import EmbedCard from '../../src/embed/EmbedCard';
import { I18nContext } from '../../src/i18n/i18n-context';
import { createTranslator } from '../../src/i18n/translator';

const model = buildModel(sampleDataset as Dataset);
const all = model.dataset.records;
// The card is a lazy chunk: the first test to open one waits for its code.
const LOADING = { timeout: 20_000 };

function renderEmbed(search: string) {
  window.history.replaceState(null, '', `/embed.html${search}`);
  return render(<EmbedApp />);
}

afterEach(() => window.history.replaceState(null, '', '/'));

/** The figure a card shows under a label, as on screen. */
function figure(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.querySelector('.figure-value')?.textContent ?? '';
}

describe('the country card', () => {
  it('shows the profile’s headline figures for the country, and opens the profile in a new tab', async () => {
    renderEmbed('?embed=country&c=KHM');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cambodia' }, LOADING)).toBeInTheDocument();
    const profile = countryProfile(model, recordsInvolving(model, all, 'KHM'), 'KHM');
    expect(figure('Partner countries')).toBe(String(profile.partners.count));
    expect(figure('Training exchanges provided (as trainer)')).toBe(String(profile.trainingsProvided.count));
    expect(figure('Events attended')).toBe(String(profile.eventsAttended.count));
    const open = screen.getByRole('link', { name: /Open this view in the full dashboard/ });
    expect(open).toHaveAttribute('target', '_blank');
    expect(new URL(open.getAttribute('href') ?? '').search).toBe('?view=country&c=KHM');
  }, 30_000);

  it('follows its filters, and says so', async () => {
    renderEmbed('?embed=country&c=KHM&type=training');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cambodia' }, LOADING)).toBeInTheDocument();
    const trainings = all.filter((record) => record.type === 'training');
    const profile = countryProfile(model, recordsInvolving(model, trainings, 'KHM'), 'KHM');
    expect(figure('Partner countries')).toBe(String(profile.partners.count));
    // A figure of zero gives way to what there is: under a training filter there are no events to count.
    expect(screen.queryByText('Events attended', { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.getByText(/training exchange/i, { selector: '.briefing-filters *' })).toBeInTheDocument();
  });
});

describe('the two-country card', () => {
  it('summarises Cambodia and Ukraine with the disputed trainee range and both of its sources', async () => {
    renderEmbed('?embed=pair&c=KHM,UKR');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cambodia and Ukraine' }, LOADING),
    ).toBeInTheDocument();
    const [flow] = pairSummary(model, all, 'KHM', 'UKR').flows;
    expect(flow?.people.disputed).toBe(true);
    // A card's sections carry its title in their names, so two cards on one page differ.
    const summary = screen.getByRole('region', { name: 'Summary Cambodia and Ukraine' });
    expect(summary).toHaveTextContent(`${flow!.people.min}–${flow!.people.max} people trained`);

    // The markers after "disputed: sources disagree" lead to the notes of the two disagreeing sources.
    const disputed = flow!.disputes.flatMap((dispute) => dispute.values.map((value) => value.source));
    expect(new Set(disputed).size).toBeGreaterThanOrEqual(2);
    const notes = screen.getByRole('region', { name: 'Sources Cambodia and Ukraine' });
    await userEvent.click(within(notes).getByText(/^Show all \d+ sources$/));
    // Each disagreeing source has its note, and the marker after "sources disagree" gives both numbers.
    const numberOf = (sourceId: string) => {
      const title = model.sourcesById.get(sourceId)!.title;
      const note = within(notes)
        .getAllByRole('listitem')
        .find((item) => item.textContent.includes(title));
      return Number(note?.getAttribute('id')?.replace('source-', ''));
    };
    const [first, second] = [...new Set(disputed)].map(numberOf).sort((x, y) => x - y);
    expect(first).toBeGreaterThan(0);
    // One marker for the two: its name lists both notes, and paper prints them as "[4, 5]".
    expect(summary.textContent).toContain(`(disputed: sources disagree[${first}+][${first}, ${second}])`);
    expect(within(summary).getByRole('button', { name: `Sources ${first}, ${second}` })).toBeInTheDocument();
  });
});

describe('a card with wrong countries', () => {
  it.each([
    ['?embed=pair&c=KHM', /needs exactly two different country codes, such as c=KHM,UKR; this one has “KHM”/],
    ['?embed=country', /names no country/],
    ['?embed=country&c=XYZ', /The dataset has no country with the code XYZ/],
    ['?embed=pair&c=KHM,12', /“12” is not a country code/],
  ])('%s says what is wrong instead of showing nothing', async (search, message) => {
    renderEmbed(search);
    expect(await screen.findByRole('alert', {}, LOADING)).toHaveTextContent(message);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(sampleDataset.meta.title);
  });
});

describe('a card given a source whose address is not a web link', () => {
  // The validator refuses such a dataset at the edge; this is the second line of defence behind it.
  it('shows that source as inert text, and every other source as an http(s) link', async () => {
    const [first] = pairSummary(model, all, 'KHM', 'UKR').records.sourceIds;
    const unsafe = buildModel({
      ...(sampleDataset as Dataset),
      sources: (sampleDataset as Dataset).sources.map((entry) =>
        entry.id === first ? { ...entry, url: 'javascript:alert(document.cookie)' } : entry,
      ),
    });
    render(
      <I18nContext value={createTranslator('en')}>
        <EmbedCard
          model={unsafe}
          kind="pair"
          focus={readCardFocus('pair', 'KHM,UKR')}
          records={unsafe.dataset.records}
          filter={EMPTY_FILTER}
        />
      </I18nContext>,
    );
    const notes = screen.getByRole('region', { name: 'Sources Cambodia and Ukraine' });
    await userEvent.click(within(notes).getByText(/^Show all \d+ sources$/));
    const title = model.sourcesById.get(first!)!.title;
    expect(within(notes).getByText(title, { exact: false })).toHaveTextContent(
      '(link withheld: not a web address)',
    );
    const links = within(notes).getAllByRole('link');
    expect(links).toHaveLength(within(notes).getAllByRole('listitem').length - 1);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  });
});
