import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { useBriefLinks } from '../../src/app/routes/briefing-navigation';
import type { BriefLinks } from '../../src/components/brief-links';
import { EMPTY_FILTER } from '../../src/data/selectors/filter';
import { countryLinks } from '../../src/data/selectors/links';
import { countryName } from '../../src/data/selectors/names';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { CountrySummary } from '../../src/features/map/CountrySummary';
import { FlowList } from '../../src/features/map/FlowList';
import { model, recordsOf } from './map-support';

const name = (iso3: string) => countryName(model, iso3);
const LOADING = { timeout: 10_000 };

function at(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

afterEach(() => at(''));

/** The links as the explore route builds them, from whatever the address bar holds. */
function WithLinks({ children }: { children: (links: BriefLinks) => ReactNode }) {
  const { navigation } = useBriefLinks();
  return <>{children(navigation)}</>;
}

/** A link's target as parameters, so the test does not depend on their order. */
function paramsOf(link: HTMLElement): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(link.getAttribute('href') ?? ''));
}

describe('links from the explore view to the briefs', () => {
  it("offers the selected country's profile, keeping the filters and dropping the selection", async () => {
    at('?country=KHM&select=KHM&type=training');
    const records = recordsOf('KHM');
    render(
      <WithLinks>
        {(links) => (
          <CountrySummary
            model={model}
            records={records}
            iso3="KHM"
            recordCount={records.length}
            name={name}
            onClear={vi.fn()}
            briefLinks={links}
          />
        )}
      </WithLinks>,
    );
    const link = screen.getByRole('link', { name: 'Open Cambodia’s profile' });
    expect(paramsOf(link)).toEqual({ view: 'country', c: 'KHM', country: 'KHM', type: 'training' });
    // A plain click moves in place, to the address the link names.
    await userEvent.click(link);
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual(paramsOf(link));
  });

  it('offers the brief of the highlighted flow, and of no other', async () => {
    at('?type=training');
    const links = countryLinks(model, model.dataset.records);
    const label = (link: (typeof links)[number]) => `${name(link.from)} → ${name(link.to)}`;
    const { rerender } = render(
      <WithLinks>
        {(briefLinks) => (
          <FlowList
            model={model}
            links={links}
            highlighted={null}
            label={label}
            name={name}
            onHighlight={vi.fn()}
            briefLinks={briefLinks}
          />
        )}
      </WithLinks>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    rerender(
      <WithLinks>
        {(briefLinks) => (
          <FlowList
            model={model}
            links={links}
            highlighted="JPN-UKR"
            label={label}
            name={name}
            onHighlight={vi.fn()}
            briefLinks={briefLinks}
          />
        )}
      </WithLinks>,
    );
    const link = screen.getByRole('link', { name: 'Brief: Japan and Ukraine' });
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(paramsOf(link)).toEqual({ view: 'pair', c: 'JPN,UKR', type: 'training' });
    // It sits with the flow it belongs to.
    const item = screen
      .getAllByRole('listitem')
      .find((listItem) => within(listItem).queryByRole('button', { pressed: true }) !== null);
    expect(item).toBeDefined();
    expect(within(item!).getByRole('link')).toBe(link);
    await userEvent.click(link);
    expect(new URLSearchParams(window.location.search).get('c')).toBe('JPN,UKR');
  });

  it('offers the brief of exactly two ticked countries', () => {
    at('?country=KHM,UKR&from=2020');
    const renderPanel = (countries: string[]) => (
      <WithLinks>
        {(briefLinks) => (
          <FilterPanel
            model={model}
            filter={{ ...EMPTY_FILTER, countries, yearFrom: 2020 }}
            matching={1}
            onChange={vi.fn()}
            onShowYear={vi.fn()}
            briefLinks={briefLinks}
          />
        )}
      </WithLinks>
    );
    const { rerender } = render(renderPanel(['KHM', 'UKR']));
    const link = screen.getByRole('link', { name: 'Brief: Cambodia and Ukraine' });
    expect(paramsOf(link)).toEqual({ view: 'pair', c: 'KHM,UKR', country: 'KHM,UKR', from: '2020' });
    rerender(renderPanel(['KHM']));
    expect(screen.queryByRole('link', { name: /^Brief:/ })).not.toBeInTheDocument();
    rerender(renderPanel(['KHM', 'UKR', 'JPN']));
    expect(screen.queryByRole('link', { name: /^Brief:/ })).not.toBeInTheDocument();
  });
});

describe("the header's Briefs dialog", () => {
  function renderApp(search: string) {
    at(search);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    return render(<App queryClient={queryClient} />);
  }

  async function openBriefs() {
    await userEvent.click(await screen.findByRole('button', { name: 'Briefs' }, LOADING));
    return screen.findByRole('dialog', { name: 'Country profiles and briefs on two countries' }, LOADING);
  }

  it('opens a country profile, then a pair brief, keeping the filters', async () => {
    renderApp('?type=training');
    let dialog = await openBriefs();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Country' }), 'KHM');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cambodia' }, LOADING)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({
      view: 'country',
      c: 'KHM',
      type: 'training',
    });

    dialog = await openBriefs();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'First country' }), 'JPN');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Second country' }), 'UKR');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Compare' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Japan and Ukraine' }, LOADING),
    ).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('c')).toBe('JPN,UKR');
    expect(new URLSearchParams(window.location.search).get('type')).toBe('training');
    // Two briefing pages rendered in jsdom, one after the other: like the briefing tests, it needs more than 5 s on a loaded machine.
  }, 20_000);

  it('closes on Close and hands focus back to its button', async () => {
    renderApp('');
    const dialog = await openBriefs();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Briefs' })).toHaveFocus();
  });
});
