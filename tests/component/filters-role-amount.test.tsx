import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTER, type RecordFilter } from '../../src/data/selectors/filter';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { model } from './map-support';

function showPanel(filter: RecordFilter) {
  const onChange = vi.fn<(filter: RecordFilter) => void>();
  render(<FilterPanel model={model} filter={filter} matching={1} onChange={onChange} onShowYear={vi.fn()} />);
  return onChange;
}

describe('the role and "with an amount" filters', () => {
  it('adds a ticked role and ticks "with an amount"', async () => {
    const onChange = showPanel({ ...EMPTY_FILTER, countries: ['JPN'] });
    expect(screen.getByRole('group', { name: /^Role/ })).toContainElement(
      screen.getByRole('checkbox', { name: 'trained (trainee)' }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'giving (donor)' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTER, countries: ['JPN'], roles: ['giving'] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only records with an amount' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTER, countries: ['JPN'], withAmount: true });
  });

  it('shows both as chips that remove them', async () => {
    const filter = { ...EMPTY_FILTER, roles: ['giving' as const, 'hosting' as const], withAmount: true };
    const onChange = showPanel(filter);
    expect(screen.getByRole('checkbox', { name: 'hosting (host)' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Role: giving (donor)' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...filter, roles: ['hosting'] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: With an amount' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...filter, withAmount: false });
  });
});
