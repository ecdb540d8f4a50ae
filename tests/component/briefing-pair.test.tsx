import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { Dataset } from '../../src/data/schema/dataset';
import { buildModel } from '../../src/data/selectors/model';
import { recordsInvolvingBoth } from '../../src/data/selectors/pair';
import { pairSummary } from '../../src/data/selectors/pair-summary';
import { sampleDataset } from '../../mocks/datasets';

const model = buildModel(sampleDataset as Dataset);
const all = model.dataset.records;

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}

afterEach(() => window.history.replaceState(null, '', '/'));

// The briefing pages are lazy chunks: the first test to open one waits for its code.
const LOADING = { timeout: 10_000 };

/** The note numbers a marker's name lists: "Sources 1–3, 7" -> [1, 2, 3, 7]. */
function noteNumbers(label: string): number[] {
  return label
    .replace(/^Sources? /, '')
    .split(', ')
    .flatMap((run) => {
      const [first = 0, last = first] = run.split('–').map(Number);
      return Array.from({ length: last - first + 1 }, (_, index) => first + index);
    });
}

/** The numbered notes of the page, by their id (the target of the markers). */
function notesById(): Map<string, HTMLElement> {
  const notes = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
  return new Map(notes.map((note) => [note.getAttribute('id') ?? '', note]));
}

describe('the Cambodia–Ukraine brief', () => {
  it('summarises the relationship in words whose figures equal the data', async () => {
    renderAt('?view=pair&c=KHM,UKR');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cambodia and Ukraine' }, LOADING),
    ).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Summary' });
    const [flow] = pairSummary(model, all, 'KHM', 'UKR').flows;
    expect(flow).toBeDefined();
    const text = summary.textContent?.replace(/\[[^\]]*\]/g, '') ?? '';
    expect(text).toContain(
      `Cambodia trained Ukraine in ${flow!.trainings.count} training exchanges between ${flow!.firstYear} and ${flow!.lastYear}, ` +
        `with ${flow!.people.min}–${flow!.people.max} people trained (disputed: sources disagree) and 1 course without a count, ` +
        'funded by Japan (JICA, Government of Japan).',
    );
    expect(text).toContain('The two countries met at 3 events between 2022 and 2024, all in Cambodia.');
    expect(text).toContain('They are partners in 3 partnerships.');
  });

  it('cites the disputed count with both of its sources, each marker leading to a numbered note with a web address', async () => {
    renderAt('?view=pair&c=KHM,UKR');
    const summary = await screen.findByRole('region', { name: 'Summary' }, LOADING);
    const notes = notesById();
    // One marker button per figure, named by the notes it opens ("Sources 1–6, 9–11").
    const markers = within(summary).getAllByRole('button', { name: /^Sources? [\d–, ]+$/ });
    expect(markers.length).toBeGreaterThan(5);
    for (const marker of markers) {
      const numbers = noteNumbers(marker.getAttribute('aria-label') ?? '');
      expect(numbers.length).toBeGreaterThan(0);
      expect(marker).toHaveTextContent(numbers.length === 1 ? `[${numbers[0]}]` : `[${numbers[0]}+]`);
      for (const number of numbers) {
        const note = notes.get(`source-${number}`);
        expect(note).toHaveTextContent(/https?:\/\//);
        expect(note).toHaveTextContent(`[${number}]`);
      }
    }
    // "(disputed: sources disagree[a, b])" cites exactly the two sources that disagree.
    const numberOf = (sourceId: string) => {
      const title = model.sourcesById.get(sourceId)?.title ?? sourceId;
      const entry = [...notes].find(([, note]) => note.textContent?.includes(title));
      return entry?.[0].replace('source-', '');
    };
    const [a, b] = [numberOf('yomiuri-ap-85311'), numberOf('yomiuri-jiji-85604')].sort(
      (x, y) => Number(x) - Number(y),
    );
    expect(within(summary).getByRole('button', { name: `Sources ${a}, ${b}` })).toBeInTheDocument();
    expect(summary).toHaveTextContent(`(disputed: sources disagree[${a}+]`);
  });

  it('lists exactly the records that involve both countries, each linking to its detail', async () => {
    renderAt('?view=pair&c=KHM,UKR');
    const list = await screen.findByRole('region', { name: 'Records involving both countries' }, LOADING);
    const expected = recordsInvolvingBoth(model, all, 'KHM', 'UKR').map((record) => record.id);
    const links = within(list)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.includes('record='));
    const ids = links.map((link) => new URLSearchParams(link.getAttribute('href') ?? '').get('record'));
    expect(ids.sort()).toEqual([...expected].sort());

    await userEvent.click(
      within(list).getByRole('link', { name: 'CMAC course 1 for SESU deminers (ALIS detectors)' }),
    );
    expect(window.location.search).toContain('record=cmac-sesu-course-1-2023-01');
    // The record detail opens for that record.
    expect(
      await screen.findByRole('dialog', { name: 'CMAC course 1 for SESU deminers (ALIS detectors)' }),
    ).toBeInTheDocument();
  });

  it('says which filters shaped it and keeps them when moving to another pair', async () => {
    renderAt('?view=pair&c=KHM,UKR&type=event&from=2024');
    expect(await screen.findByText('Filters used:', {}, LOADING)).toBeInTheDocument();
    expect(screen.getByText('from 2024')).toBeInTheDocument();
    expect(screen.getByText('kinds of record: Event')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('The two countries met at 2 events');
    expect(summary).not.toHaveTextContent('trained');

    const picker = screen.getByRole('group', { name: 'Two countries' });
    await userEvent.selectOptions(within(picker).getByRole('combobox', { name: 'Second country' }), 'Japan');
    await userEvent.click(within(picker).getByRole('button', { name: 'Compare' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cambodia and Japan' }, LOADING),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?view=pair&c=KHM,JPN&type=event&from=2024');
  });

  it('refuses a pair of the same country twice, and says why', async () => {
    renderAt('?view=pair&c=KHM,UKR');
    const picker = await screen.findByRole('group', { name: 'Two countries' }, LOADING);
    await userEvent.selectOptions(
      within(picker).getByRole('combobox', { name: 'Second country' }),
      'Cambodia',
    );
    await userEvent.click(within(picker).getByRole('button', { name: 'Compare' }));
    expect(within(picker).getByRole('alert')).toHaveTextContent('Pick two different countries.');
    expect(window.location.search).toBe('?view=pair&c=KHM,UKR');
  });

  it('prints through the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderAt('?view=pair&c=KHM,UKR');
    await userEvent.click(await screen.findByRole('button', { name: 'Print / save as PDF' }, LOADING));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says so when the two countries share no record', async () => {
    renderAt('?view=pair&c=TON,COL');
    const summary = await screen.findByRole('region', { name: 'Summary' }, LOADING);
    expect(summary).toHaveTextContent('No records under these filters involve both Tonga and Colombia.');
  });
});

describe('the Cambodia–Japan brief', { timeout: 20_000 }, () => {
  it("says what Japan funded in Cambodia, with the data's amounts and qualifier, and shows no zero figure", async () => {
    renderAt('?view=pair&c=KHM,JPN');
    const summary = await screen.findByRole('region', { name: 'Summary' }, LOADING);
    // Intl puts thin spaces around a period's dash; any space will do here.
    const text = (summary.textContent ?? '').replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Japan funded mine action in Cambodia with JP¥1,000,000,000 (July 2020 – June 2022), at least US$200m (1994 – 20 March 2025) and in 1 more partnership without an amount.',
    );
    const figures = screen.getByRole('region', { name: 'Key figures' });
    const terms = within(figures)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toContain('Funding: Japan → Cambodia');
    expect(figures).toHaveTextContent('at least US$200m');
    expect(terms).not.toContain('Training of one by the other');
    // No figure's value is a bare zero: each definition starts with something to count.
    for (const definition of within(figures).getAllByRole('definition'))
      expect(definition.textContent).not.toMatch(/^0(\[|$)/);
  });
});
