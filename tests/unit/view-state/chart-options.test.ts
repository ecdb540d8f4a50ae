import { describe, expect, it } from 'vitest';
import { ROLE_GROUP_NAMES } from '../../../src/data/selectors/activity';
import { DEFAULT_CHART_OPTIONS, ROLE_GROUPS_IN_URL } from '../../../src/view-state/chart-options';
import { parseViewState, serializeViewState } from '../../../src/view-state/url-codec';
import { DEFAULT_VIEW_STATE } from '../../../src/view-state/view-state';

describe('the charts’ choices in the URL', () => {
  it('writes nothing while every chart shows its default', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, charts: DEFAULT_CHART_OPTIONS })).toBe('');
  });

  it('writes only the choices that differ from the default, and reads them back', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      tab: 'charts' as const,
      charts: { ...DEFAULT_CHART_OPTIONS, activityRole: 'receiving' as const, fundingCurrency: 'EUR' },
    };
    const search = serializeViewState(state);
    expect(search).toBe('?tab=charts&activity-role=receiving&currency=EUR');
    expect(parseViewState(search)).toEqual({ state, notices: [] });
  });

  it('round-trips every choice set at once', () => {
    const charts = {
      activityRole: 'training' as const,
      activityBy: 'organisation' as const,
      fundingSide: 'recipient' as const,
      fundingBy: 'organisation' as const,
      fundingCurrency: 'NOK',
    };
    const search = serializeViewState({ ...DEFAULT_VIEW_STATE, charts });
    expect(search).toBe(
      '?activity-role=training&activity-by=organisation&funding-side=recipient&funding-by=organisation&currency=NOK',
    );
    expect(parseViewState(search).state.charts).toEqual(charts);
  });

  it('falls back to the default for each value it cannot read, with a notice, keeping the others', () => {
    const { state, notices } = parseViewState(
      '?activity-role=donating&activity-by=organisation&funding-side=both&funding-by=people&currency=dollars',
    );
    expect(state.charts).toEqual({ ...DEFAULT_CHART_OPTIONS, activityBy: 'organisation' });
    expect(notices).toEqual([
      { param: 'currency', value: 'dollars', reason: 'malformed' },
      { param: 'activity-role', value: 'donating', reason: 'malformed' },
      { param: 'funding-side', value: 'both', reason: 'malformed' },
      { param: 'funding-by', value: 'people', reason: 'malformed' },
    ]);
  });

  it('reads every role group the activity chart offers', () => {
    expect(ROLE_GROUPS_IN_URL).toEqual(ROLE_GROUP_NAMES);
  });

  it('reads a currency typed in lower case as its code', () => {
    const { state, notices } = parseViewState('?currency=eur');
    expect(state.charts.fundingCurrency).toBe('EUR');
    expect(notices).toEqual([]);
  });
});
