import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MapRecordLinks } from '../../src/components/record-links';
import { countryLinks } from '../../src/data/selectors/links';
import { countryName } from '../../src/data/selectors/names';
import { CountrySummary } from '../../src/features/map/CountrySummary';
import { FlowList } from '../../src/features/map/FlowList';
import { model, recordsOf } from './map-support';

const name = (iso3: string) => countryName(model, iso3);
const links = countryLinks(model, model.dataset.records);
const label = (link: (typeof links)[number]) => `${name(link.from)} → ${name(link.to)}`;

function recordLinks(): MapRecordLinks & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    country: (iso3) => ({ href: `?country=${iso3}&tab=table`, count: 7, open: () => opened.push(iso3) }),
    flow: (from, to) => ({
      href: `?link=${from}-${to}&tab=table`,
      count: 3,
      open: () => opened.push(`${from}-${to}`),
    }),
  };
}

describe("the selected flow's details", () => {
  it('name the channel that carried out the work, not as an end, and open the records', async () => {
    const links_ = recordLinks();
    render(
      <FlowList
        model={model}
        links={links}
        highlighted="DEU-KHM"
        label={label}
        name={name}
        onHighlight={vi.fn()}
        recordLinks={links_}
      />,
    );
    expect(screen.getByText('Work carried out by (not an end of the flow):')).toBeInTheDocument();
    expect(screen.getByText(/^Norwegian People.s Aid.*: 2 records$/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Show the records of Germany → Cambodia (3)' });
    expect(link).toHaveAttribute('href', '?link=DEU-KHM&tab=table');
    await userEvent.click(link);
    expect(links_.opened).toEqual(['DEU-KHM']);
  });

  it('name no channel where the ends did the work themselves', () => {
    const own = links.find((link) => link.from === 'JPN' && link.to === 'UKR')!;
    render(
      <FlowList
        model={model}
        links={[own]}
        highlighted="JPN-UKR"
        label={label}
        name={name}
        onHighlight={vi.fn()}
      />,
    );
    expect(screen.queryByText('Work carried out by (not an end of the flow):')).not.toBeInTheDocument();
  });
});

describe("the selected country's way to its records", () => {
  it('offers them as a link to the Records tab, opened in place', async () => {
    const links_ = recordLinks();
    render(
      <CountrySummary
        model={model}
        records={recordsOf('KHM')}
        iso3="KHM"
        recordCount={recordsOf('KHM').length}
        name={name}
        onClear={vi.fn()}
        recordsLink={links_.country('KHM')}
      />,
    );
    const link = screen.getByRole('link', { name: 'Show the records of Cambodia (7)' });
    expect(link).toHaveAttribute('href', '?country=KHM&tab=table');
    await userEvent.click(link);
    expect(links_.opened).toEqual(['KHM']);
  });
});
