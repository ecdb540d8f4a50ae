import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { countryInvolvement } from '../../src/data/selectors/involvement';
import { countryLinks } from '../../src/data/selectors/links';
import { countryName } from '../../src/data/selectors/names';
import { CountryList } from '../../src/features/map/CountryList';
import { FLOWS_SHOWN, FlowList } from '../../src/features/map/FlowList';
import { model } from './map-support';

const records = model.dataset.records;
const name = (iso3: string) => countryName(model, iso3);

describe('the list of countries beside the map', () => {
  const involvement = countryInvolvement(model, records);

  it('has a button per involved country, most records first, naming the count', () => {
    render(
      <CountryList involvement={involvement} selectedCountry={null} name={name} onSelectCountry={vi.fn()} />,
    );
    const list = screen.getByRole('list');
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(involvement.length);
    const first = involvement[0]!;
    expect(buttons[0]).toHaveAccessibleName(`${name(first.iso3)}: ${first.count} records`);
    expect(first.iso3).toBe('KHM');
  });

  it('selects a country, and deselects the selected one', async () => {
    const onSelectCountry = vi.fn();
    const { rerender } = render(
      <CountryList
        involvement={involvement}
        selectedCountry={null}
        name={name}
        onSelectCountry={onSelectCountry}
      />,
    );
    const japan = involvement.find((item) => item.iso3 === 'JPN')!;
    await userEvent.click(screen.getByRole('button', { name: `Japan: ${japan.count} records` }));
    expect(onSelectCountry).toHaveBeenLastCalledWith('JPN');

    rerender(
      <CountryList
        involvement={involvement}
        selectedCountry="JPN"
        name={name}
        onSelectCountry={onSelectCountry}
      />,
    );
    const pressed = screen.getByRole('button', { pressed: true });
    expect(pressed).toHaveAccessibleName(`Japan: ${japan.count} records`);
    await userEvent.click(pressed);
    expect(onSelectCountry).toHaveBeenLastCalledWith(null);
  });
});

describe('the list of flows beside the map', () => {
  const links = countryLinks(model, records);
  const label = (link: (typeof links)[number]) =>
    `${name(link.from)} → ${name(link.to)}: ${link.count} ${link.count === 1 ? 'link' : 'links'}`;

  it('lists every link between countries, as the selector gives them', async () => {
    render(
      <FlowList
        model={model}
        links={links}
        highlighted={null}
        label={label}
        name={name}
        onHighlight={vi.fn()}
      />,
    );
    // Beyond FLOWS_SHOWN the rest waits behind "Show all".
    const showAll = screen.queryByRole('button', { name: `Show all ${links.length} flows` });
    if (links.length > FLOWS_SHOWN) await userEvent.setup().click(showAll!);
    else expect(showAll).toBeNull();
    const buttons = screen.getAllByRole('button').filter((button) => button.textContent !== 'Show fewer');
    expect(buttons.map((button) => button.textContent)).toEqual(links.map(label));
    expect(buttons[0]).toHaveTextContent(/^Japan → Ukraine: 9 links$/);
  });

  it('highlights a flow, and a second press lets it go', async () => {
    const onHighlight = vi.fn();
    const { rerender } = render(
      <FlowList
        model={model}
        links={links}
        highlighted={null}
        label={label}
        name={name}
        onHighlight={onHighlight}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: label(links[1]!) }));
    const key = `${links[1]!.from}-${links[1]!.to}`;
    expect(onHighlight).toHaveBeenLastCalledWith(key);
    rerender(
      <FlowList
        model={model}
        links={links}
        highlighted={key}
        label={label}
        name={name}
        onHighlight={onHighlight}
      />,
    );
    await userEvent.click(screen.getByRole('button', { pressed: true }));
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('shows the 50 strongest of a long list, and all of them on request', async () => {
    // A national dataset links thousands of country pairs: made-up links, in the selector's order.
    const many = Array.from({ length: 73 }, (_, rank) => ({
      from: 'JPN',
      to: `C${String(rank).padStart(2, '0')}`,
      count: 100 - rank,
      recordIds: [] as string[],
    }));
    const plain = (link: (typeof many)[number]) => `${link.from} → ${link.to}: ${link.count}`;
    render(
      <FlowList
        model={model}
        links={many}
        highlighted={null}
        label={plain}
        name={name}
        onHighlight={vi.fn()}
      />,
    );
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(many.slice(0, 50).map(plain));
    await userEvent.click(screen.getByRole('button', { name: 'Show all 73 flows', expanded: false }));
    expect(within(list).getAllByRole('button')).toHaveLength(73);
    await userEvent.click(screen.getByRole('button', { name: 'Show fewer', expanded: true }));
    expect(within(list).getAllByRole('button')).toHaveLength(50);
  });

  it('says so when there are no flows', () => {
    render(
      <FlowList
        model={model}
        links={[]}
        highlighted={null}
        label={label}
        name={name}
        onHighlight={vi.fn()}
      />,
    );
    expect(screen.getByText('No flows between countries under the current filters.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
