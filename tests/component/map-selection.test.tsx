import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { countryName } from '../../src/data/selectors/names';
import { countryPartners, countryRoles } from '../../src/data/selectors/partners';
import { CountrySummary } from '../../src/features/map/CountrySummary';
import { model, recordsOf } from './map-support';

const name = (iso3: string) => countryName(model, iso3);

describe("the selected country's summary", () => {
  const records = recordsOf('KHM');
  const partners = countryPartners(model, records, 'KHM');
  const roles = countryRoles(model, records, 'KHM');

  function renderSummary(onClear: () => void = vi.fn()) {
    render(
      <CountrySummary
        model={model}
        records={records}
        iso3="KHM"
        recordCount={records.length}
        name={name}
        onClear={onClear}
      />,
    );
  }

  it('names the country, its records and its roles as the selectors count them', () => {
    renderSummary();
    expect(screen.getByRole('heading', { name: 'Cambodia' })).toBeInTheDocument();
    expect(screen.getByText(`${records.length} records under the current filters`)).toBeInTheDocument();
    for (const { role, count } of roles) {
      expect(screen.getByText(`${role}: ${count} ${count === 1 ? 'record' : 'records'}`)).toBeInTheDocument();
    }
  });

  it('lists the partner countries, the busiest first, and shows all of them on request', async () => {
    renderSummary();
    const list = screen.getByRole('list', { name: 'Partner countries' });
    const first = partners[0]!;
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      `${name(first.iso3)}: ${first.recordIds.length} shared records`,
    );
    await userEvent.click(
      screen.getByRole('button', { name: `Show all ${partners.length} partner countries` }),
    );
    expect(
      within(screen.getByRole('list', { name: 'Partner countries' })).getAllByRole('listitem'),
    ).toHaveLength(partners.length);
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('clears the selection', async () => {
    const onClear = vi.fn();
    renderSummary(onClear);
    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});
