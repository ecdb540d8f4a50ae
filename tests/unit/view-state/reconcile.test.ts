import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/data/selectors/model';
import type { Dataset } from '../../../src/data/schema/dataset';
import { reconcileWithDataset } from '../../../src/view-state/reconcile';
import { parseViewState } from '../../../src/view-state/url-codec';
import { withFilter, withRecordsOf, withSelectedCountry } from '../../../src/view-state/transitions';
import { sampleDataset } from '../../../mocks/datasets';

const model = buildModel(sampleDataset as Dataset);

describe('reconciling a URL with the dataset', () => {
  it('keeps what the dataset has and reports what it lacks', () => {
    const { state } = parseViewState(
      '?country=KHM,ATA&org=cmac,no-such-org&select=ATA&record=no-such-record',
    );
    const reconciled = reconcileWithDataset(state, model);
    expect(reconciled.state.filter.countries).toEqual(['KHM']);
    expect(reconciled.state.filter.organisations).toEqual(['cmac']);
    expect(reconciled.state.selectedCountry).toBeNull();
    expect(reconciled.state.openRecord).toBeNull();
    expect(reconciled.notices).toEqual([
      { param: 'country', value: 'ATA', reason: 'unknown' },
      { param: 'org', value: 'no-such-org', reason: 'unknown' },
      { param: 'select', value: 'ATA', reason: 'unknown' },
      { param: 'record', value: 'no-such-record', reason: 'unknown' },
    ]);
  });

  it('keeps a selected flow between known countries and drops one with an unknown end', () => {
    const kept = parseViewState('?flow=JPN-UKR').state;
    expect(reconcileWithDataset(kept, model)).toEqual({ state: kept, notices: [] });
    const { state, notices } = reconcileWithDataset(parseViewState('?flow=JPN-ATA').state, model);
    expect(state.selectedFlow).toBeNull();
    expect(notices).toEqual([{ param: 'flow', value: 'JPN-ATA', reason: 'unknown' }]);
  });

  it('opens the explore view instead of a profile of an unknown country', () => {
    const { state } = parseViewState('?view=pair&c=KHM,ATA');
    const reconciled = reconcileWithDataset(state, model);
    expect(reconciled.state.route).toEqual({ name: 'explore' });
    expect(reconciled.notices).toEqual([{ param: 'c', value: 'ATA', reason: 'unknown' }]);
  });

  it('returns the same state when everything is known', () => {
    const { state } = parseViewState('?country=KHM&record=cmaa-ukraine-meeting-2024-04-03');
    expect(reconcileWithDataset(state, model)).toEqual({ state, notices: [] });
  });
});

describe('view transitions', () => {
  const start = parseViewState('?select=KHM&country=KHM&page=4').state;

  it('a new filter returns the table to page 1 and drops a selection it excludes', () => {
    const next = withFilter(start, { ...start.filter, countries: ['UKR'] });
    expect(next.page).toBe(1);
    expect(next.selectedCountry).toBeNull();
    expect(withFilter(start, { ...start.filter, text: 'ALIS' }).selectedCountry).toBe('KHM');
  });

  it('selecting a country leaves the filters alone, and clearing it too', () => {
    const selected = withSelectedCountry(start, 'UKR');
    expect(selected.selectedCountry).toBe('UKR');
    expect(selected.filter).toEqual(start.filter);
    expect(withSelectedCountry(selected, null).filter).toEqual(start.filter);
  });

  it('a selection survives a filter that names no country', () => {
    const selected = withSelectedCountry(parseViewState('').state, 'UKR');
    expect(withFilter(selected, { ...selected.filter, text: 'ALIS' }).selectedCountry).toBe('UKR');
  });

  it("a country's records open on the Records tab under its filter", () => {
    const selected = withSelectedCountry(parseViewState('?tab=map').state, 'UKR');
    const next = withRecordsOf(selected, { ...selected.filter, countries: ['UKR'] });
    expect(next.tab).toBe('table');
    expect(next.filter.countries).toEqual(['UKR']);
    expect(next.selectedCountry).toBe('UKR');
  });

  it('a new filter or selection drops the map position, so the map fits what it now shows', () => {
    const placed = parseViewState('?select=KHM&country=KHM&map=50.45,30.5233,8').state;
    expect(placed.map).not.toBeNull();
    expect(withFilter(placed, { ...placed.filter, text: 'ALIS' }).map).toBeNull();
    expect(withSelectedCountry(placed, 'UKR').map).toBeNull();
  });
});
