import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src/data/selectors/filter';
import { parseViewState, serializeViewState } from '../../../src/view-state/url-codec';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/view-state/view-state';

const busy: ViewState = {
  route: { name: 'pair', countries: ['KHM', 'UKR'] },
  filter: {
    countries: ['KHM', 'UKR'],
    organisations: ['cmac', 'jica'],
    types: ['training', 'event'],
    themes: ['clearance', 'capacity-building'],
    yearFrom: 2022,
    yearTo: 2024,
    confidence: ['confirmed'],
    text: 'Siem Reap & "ALIS", 100%',
    roles: ['giving', 'hosting'],
    withAmount: true,
    links: ['JPN-UKR', 'NOR-KHM'],
  },
  selectedCountry: 'KHM',
  selectedFlow: 'JPN-UKR',
  openRecord: 'cmaa-ukraine-meeting-2024-04-03',
  map: { lat: 12.5, lon: 104.9, zoom: 5 },
  tab: 'table',
  sort: { field: 'title', direction: 'asc' },
  page: 3,
  language: 'km',
  localData: true,
  charts: {
    activityRole: 'hosting',
    activityBy: 'organisation',
    fundingSide: 'recipient',
    fundingBy: 'organisation',
    fundingCurrency: 'EUR',
  },
  printLayout: 'one-page',
};

describe('the URL codec', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });

  it('round-trips a sort by the Roles column, both ways, and reads a misspelt one as the default', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const state: ViewState = { ...DEFAULT_VIEW_STATE, tab: 'table', sort: { field: 'roles', direction } };
      const search = serializeViewState(state);
      expect(search).toBe(`?tab=table&sort=roles:${direction}`);
      expect(parseViewState(search)).toEqual({ state, notices: [] });
    }
    const { state, notices } = parseViewState('?tab=table&sort=role:asc');
    expect(state.sort).toEqual(DEFAULT_VIEW_STATE.sort);
    expect(notices).toEqual([{ param: 'sort', value: 'role:asc', reason: 'malformed' }]);
  });

  it('round-trips a view with every field set', () => {
    const search = serializeViewState(busy);
    expect(parseViewState(search)).toEqual({ state: busy, notices: [] });
  });

  it('keeps the one-page print layout as print=one-page and drops an unknown one with a notice', () => {
    const search = serializeViewState({ ...DEFAULT_VIEW_STATE, printLayout: 'one-page' });
    expect(search).toBe('?print=one-page');
    expect(parseViewState(search).state.printLayout).toBe('one-page');
    const { state, notices } = parseViewState('?print=poster');
    expect(state.printLayout).toBe('full');
    expect(notices).toEqual([{ param: 'print', value: 'poster', reason: 'malformed' }]);
  });

  it('marks a view of a locally opened file with data=local and reports any other value', () => {
    const search = serializeViewState({ ...DEFAULT_VIEW_STATE, localData: true });
    expect(search).toBe('?data=local');
    expect(parseViewState(search).state.localData).toBe(true);
    const { state, notices } = parseViewState('?data=mine');
    expect(state.localData).toBe(false);
    expect(notices).toEqual([{ param: 'data', value: 'mine', reason: 'malformed' }]);
  });

  it('writes only what differs from the default, with readable commas', () => {
    const search = serializeViewState({
      ...DEFAULT_VIEW_STATE,
      filter: { ...EMPTY_FILTER, countries: ['KHM', 'UKR'] },
    });
    expect(search).toBe('?country=KHM,UKR');
  });

  it('keeps the good parameters and reports each malformed one', () => {
    const { state, notices } = parseViewState(
      '?country=KHM,cambodia&type=training,meeting&from=20x4&to=2024&map=99,10,3&tab=graphs&sort=colour:up&page=0&record=Bad Id',
    );
    expect(state.filter.countries).toEqual(['KHM']);
    expect(state.filter.types).toEqual(['training']);
    expect(state.filter.yearFrom).toBeNull();
    expect(state.filter.yearTo).toBe(2024);
    expect(state.map).toBeNull();
    expect(state.tab).toBe('map');
    expect(state.sort).toEqual(DEFAULT_VIEW_STATE.sort);
    expect(state.page).toBe(1);
    expect(state.openRecord).toBeNull();
    expect(notices.map((notice) => `${notice.param}=${notice.value}`)).toEqual([
      'country=cambodia',
      'type=meeting',
      'from=20x4',
      'record=Bad Id',
      'map=99,10,3',
      'tab=graphs',
      'sort=colour:up',
      'page=0',
    ]);
  });

  it('reads roles and "with an amount", dropping unknown roles and odd flags with a notice', () => {
    const { state, notices } = parseViewState('?role=giving,lending,receiving,giving&amount=1');
    expect(state.filter.roles).toEqual(['giving', 'receiving']);
    expect(state.filter.withAmount).toBe(true);
    expect(notices).toEqual([{ param: 'role', value: 'lending', reason: 'malformed' }]);
    expect(parseViewState('?amount=0').state.filter.withAmount).toBe(false);
    expect(parseViewState('?amount=maybe')).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [{ param: 'amount', value: 'maybe', reason: 'malformed' }],
    });
    expect(
      serializeViewState({
        ...DEFAULT_VIEW_STATE,
        filter: { ...EMPTY_FILTER, roles: ['giving', 'receiving'], withAmount: true },
      }),
    ).toBe('?role=giving,receiving&amount=1');
  });

  it('reads the country and pair pages, and falls back to explore for a bad one', () => {
    expect(parseViewState('?view=country&c=KHM').state.route).toEqual({ name: 'country', country: 'KHM' });
    expect(parseViewState('?view=pair&c=KHM,UKR').state.route).toEqual({
      name: 'pair',
      countries: ['KHM', 'UKR'],
    });
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, route: { name: 'country', country: 'KHM' } })).toBe(
      '?view=country&c=KHM',
    );
    for (const search of ['?view=pair&c=KHM', '?view=pair&c=KHM,KHM', '?view=country&c=khm', '?view=atlas']) {
      const parsed = parseViewState(search);
      expect(parsed.state.route).toEqual({ name: 'explore' });
      expect(parsed.notices).toHaveLength(1);
    }
  });

  it('drops a year range that ends before it starts', () => {
    const { state, notices } = parseViewState('?from=2024&to=2020');
    expect(state.filter.yearFrom).toBe(2024);
    expect(state.filter.yearTo).toBeNull();
    expect(notices).toEqual([{ param: 'to', value: '2020', reason: 'malformed' }]);
  });

  it('ignores repeated values and unknown parameters', () => {
    const { state, notices } = parseViewState('?country=KHM,KHM&utm_source=newsletter');
    expect(state.filter.countries).toEqual(['KHM']);
    expect(notices).toEqual([]);
  });

  describe('the language', () => {
    it('keeps a chosen language in the link, and writes nothing when the browser decides', () => {
      expect(serializeViewState({ ...DEFAULT_VIEW_STATE, language: 'uk' })).toBe('?lang=uk');
      expect(parseViewState('?lang=uk').state.language).toBe('uk');
      expect(parseViewState('?view=explore').state.language).toBeNull();
    });

    it('reads a language tag in any case, as BCP 47 allows', () => {
      expect(parseViewState('?lang=KM').state.language).toBe('km');
    });

    it('drops a language it does not speak with a notice, leaving the choice to the browser', () => {
      const parsed = parseViewState('?lang=fr&tab=table');
      expect(parsed.state.language).toBeNull();
      expect(parsed.state.tab).toBe('table');
      expect(parsed.notices).toEqual([{ param: 'lang', value: 'fr', reason: 'malformed' }]);
    });
  });
});
