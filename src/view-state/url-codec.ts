import { CONFIDENCES, LANGUAGES, RECORD_TYPES, THEMES, type Language } from '../data/schema/vocabulary';
import type { RecordFilter } from '../data/selectors/filter';
import { PARTY_ROLE_FILTER_NAMES } from '../data/selectors/party-role-filter';
import { parseChartOptions, writeChartOptions } from './chart-options';
import {
  DEFAULT_SORT,
  DEFAULT_VIEW_STATE,
  EXPLORE_TABS,
  PRINT_LAYOUTS,
  TABLE_SORT_FIELDS,
  type MapView,
  type Route,
  type TableSort,
  type UrlNotice,
  type ViewState,
} from './view-state';

// URL parameter names are public once links are shared: add new ones, never rename these.
export const PARAMS = {
  view: 'view',
  focus: 'c',
  tab: 'tab',
  countries: 'country',
  organisations: 'org',
  types: 'type',
  themes: 'theme',
  yearFrom: 'from',
  yearTo: 'to',
  confidence: 'confidence',
  text: 'q',
  roles: 'role',
  withAmount: 'amount',
  links: 'link',
  selectedCountry: 'select',
  selectedFlow: 'flow',
  openRecord: 'record',
  map: 'map',
  sort: 'sort',
  page: 'page',
  language: 'lang',
  data: 'data',
  print: 'print',
} as const;

/** The value of `data` while a file opened in the browser is shown. */
export const LOCAL_DATA = 'local';

const ISO3 = /^[A-Z]{3}$/;
/** A selected flow: provider and receiving country, e.g. JPN-UKR. */
const FLOW = /^[A-Z]{3}-[A-Z]{3}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const YEAR = /^\d{4}$/;
// 0 and fractions below 1: a phone fits all the countries with records only under zoom 1.
const MIN_ZOOM = 0;
const MAX_ZOOM = 12;

export interface ParsedViewState {
  state: ViewState;
  notices: UrlNotice[];
}

/**
 * Reads a view from a query string. Lenient: a parameter that cannot be read falls back to its
 * default and is reported in `notices`; nothing in a URL can make this throw.
 */
export function parseViewState(search: string): ParsedViewState {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const reject = (param: string, value: string) => notices.push({ param, value, reason: 'malformed' });

  const list = <T extends string>(param: string, isValid: (value: string) => value is T): T[] => {
    const raw = params.get(param);
    if (raw === null || raw === '') return [];
    const values: T[] = [];
    for (const value of raw.split(',')) {
      if (isValid(value)) {
        if (!values.includes(value)) values.push(value);
      } else {
        reject(param, value);
      }
    }
    return values;
  };

  const year = (param: string): number | null => {
    const raw = params.get(param);
    if (raw === null || raw === '') return null;
    if (YEAR.test(raw)) return Number(raw);
    reject(param, raw);
    return null;
  };

  const single = <T extends string>(
    param: string,
    isValid: (value: string) => value is T,
    fallback: T,
  ): T => {
    const raw = params.get(param);
    if (raw === null || raw === '') return fallback;
    if (isValid(raw)) return raw;
    reject(param, raw);
    return fallback;
  };

  const optionalId = (param: string, pattern: RegExp): string | null => {
    const raw = params.get(param);
    if (raw === null || raw === '') return null;
    if (pattern.test(raw)) return raw;
    reject(param, raw);
    return null;
  };

  const filter: RecordFilter = {
    countries: list(PARAMS.countries, matches(ISO3)),
    organisations: list(PARAMS.organisations, matches(ID)),
    types: list(PARAMS.types, oneOf(RECORD_TYPES)),
    themes: list(PARAMS.themes, oneOf(THEMES)),
    yearFrom: year(PARAMS.yearFrom),
    yearTo: year(PARAMS.yearTo),
    confidence: list(PARAMS.confidence, oneOf(CONFIDENCES)),
    text: (params.get(PARAMS.text) ?? '').slice(0, 200),
    roles: list(PARAMS.roles, oneOf(PARTY_ROLE_FILTER_NAMES)),
    withAmount: parseFlag(params.get(PARAMS.withAmount), PARAMS.withAmount, reject),
    links: list(PARAMS.links, matches(FLOW)),
  };
  if (filter.yearFrom !== null && filter.yearTo !== null && filter.yearFrom > filter.yearTo) {
    reject(PARAMS.yearTo, String(filter.yearTo));
    filter.yearTo = null;
  }

  return {
    state: {
      route: parseRoute(params, reject),
      filter,
      selectedCountry: optionalId(PARAMS.selectedCountry, ISO3),
      selectedFlow: optionalId(PARAMS.selectedFlow, FLOW),
      openRecord: optionalId(PARAMS.openRecord, ID),
      map: parseMap(params.get(PARAMS.map), reject),
      tab: single(PARAMS.tab, oneOf(EXPLORE_TABS), DEFAULT_VIEW_STATE.tab),
      sort: parseSort(params.get(PARAMS.sort), reject),
      page: parsePage(params.get(PARAMS.page), reject),
      language: parseLanguage(params.get(PARAMS.language), reject),
      localData: parseDataSource(params.get(PARAMS.data), reject),
      charts: parseChartOptions(params, reject),
      printLayout: single(PARAMS.print, oneOf(PRINT_LAYOUTS), DEFAULT_VIEW_STATE.printLayout),
    },
    notices,
  };
}

/** Writes a view as a query string, only where it differs from the default, in a stable order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const { filter, route } = state;
  if (route.name !== 'explore') params.set(PARAMS.view, route.name);
  if (route.name === 'country') params.set(PARAMS.focus, route.country);
  if (route.name === 'pair') params.set(PARAMS.focus, route.countries.join(','));
  if (state.tab !== DEFAULT_VIEW_STATE.tab) params.set(PARAMS.tab, state.tab);
  if (filter.countries.length > 0) params.set(PARAMS.countries, filter.countries.join(','));
  if (filter.organisations.length > 0) params.set(PARAMS.organisations, filter.organisations.join(','));
  if (filter.types.length > 0) params.set(PARAMS.types, filter.types.join(','));
  if (filter.themes.length > 0) params.set(PARAMS.themes, filter.themes.join(','));
  if (filter.yearFrom !== null) params.set(PARAMS.yearFrom, String(filter.yearFrom));
  if (filter.yearTo !== null) params.set(PARAMS.yearTo, String(filter.yearTo));
  if (filter.confidence.length > 0) params.set(PARAMS.confidence, filter.confidence.join(','));
  if (filter.text.trim() !== '') params.set(PARAMS.text, filter.text);
  if (filter.roles.length > 0) params.set(PARAMS.roles, filter.roles.join(','));
  if (filter.withAmount) params.set(PARAMS.withAmount, '1');
  if (filter.links.length > 0) params.set(PARAMS.links, filter.links.join(','));
  if (state.selectedCountry !== null) params.set(PARAMS.selectedCountry, state.selectedCountry);
  if (state.selectedFlow !== null) params.set(PARAMS.selectedFlow, state.selectedFlow);
  if (state.openRecord !== null) params.set(PARAMS.openRecord, state.openRecord);
  if (state.map !== null) params.set(PARAMS.map, formatMap(state.map));
  if (state.sort.field !== DEFAULT_SORT.field || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set(PARAMS.sort, `${state.sort.field}:${state.sort.direction}`);
  }
  if (state.page !== 1) params.set(PARAMS.page, String(state.page));
  if (state.language !== null) params.set(PARAMS.language, state.language);
  if (state.localData) params.set(PARAMS.data, LOCAL_DATA);
  writeChartOptions(params, state.charts);
  if (state.printLayout !== DEFAULT_VIEW_STATE.printLayout) params.set(PARAMS.print, state.printLayout);
  const search = params.toString();
  // Commas and colons are safe in a query string and keep shared links readable.
  return search === '' ? '' : `?${search.replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
}

function parseRoute(params: URLSearchParams, reject: (param: string, value: string) => void): Route {
  const view = params.get(PARAMS.view);
  if (view === null || view === '' || view === 'explore') return { name: 'explore' };
  const focus = params.get(PARAMS.focus) ?? '';
  const countries = focus.split(',');
  const valid = countries.every((code) => ISO3.test(code));
  if (view === 'country' && countries.length === 1 && valid)
    return { name: 'country', country: countries[0]! };
  if (view === 'pair' && countries.length === 2 && valid && countries[0] !== countries[1]) {
    return { name: 'pair', countries: [countries[0]!, countries[1]!] };
  }
  if (view === 'country' || view === 'pair') reject(PARAMS.focus, focus);
  else reject(PARAMS.view, view);
  return { name: 'explore' };
}

function parseMap(raw: string | null, reject: (param: string, value: string) => void): MapView | null {
  if (raw === null || raw === '') return null;
  const parts = raw.split(',');
  const [lat, lon, zoom] = parts.map(Number);
  const valid =
    parts.length === 3 &&
    lat !== undefined &&
    lon !== undefined &&
    zoom !== undefined &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Number.isFinite(zoom) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    zoom >= MIN_ZOOM &&
    zoom <= MAX_ZOOM;
  if (!valid) {
    reject(PARAMS.map, raw);
    return null;
  }
  return { lat, lon, zoom };
}

/** Four decimals (about 10 m) are more than a dashboard map needs and keep links short. */
export function formatMap(view: MapView): string {
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  return `${round(view.lat, 4)},${round(view.lon, 4)},${round(view.zoom, 2)}`;
}

function parseSort(raw: string | null, reject: (param: string, value: string) => void): TableSort {
  if (raw === null || raw === '') return DEFAULT_SORT;
  const [field, direction] = raw.split(':');
  if (oneOf(TABLE_SORT_FIELDS)(field ?? '') && (direction === 'asc' || direction === 'desc')) {
    return { field: field as TableSort['field'], direction };
  }
  reject(PARAMS.sort, raw);
  return DEFAULT_SORT;
}

function parsePage(raw: string | null, reject: (param: string, value: string) => void): number {
  if (raw === null || raw === '') return 1;
  const page = Number(raw);
  if (Number.isInteger(page) && page >= 1 && page <= 100_000) return page;
  reject(PARAMS.page, raw);
  return 1;
}

// Language tags are case-insensitive ("KM" and "km" are the same language); anything else is dropped
// with a notice and the browser's language is used instead.
function parseLanguage(raw: string | null, reject: (param: string, value: string) => void): Language | null {
  if (raw === null || raw === '') return null;
  const tag = raw.toLowerCase();
  if (oneOf(LANGUAGES)(tag)) return tag;
  reject(PARAMS.language, raw);
  return null;
}

// A checkbox: "1" ticks it; "0", "true" and "yes" are read too, since people edit links by hand.
function parseFlag(
  raw: string | null,
  param: string,
  reject: (param: string, value: string) => void,
): boolean {
  if (raw === null || raw === '') return false;
  const value = raw.toLowerCase();
  if (value === '1' || value === 'true' || value === 'yes') return true;
  if (value !== '0' && value !== 'false' && value !== 'no') reject(param, raw);
  return false;
}

function parseDataSource(raw: string | null, reject: (param: string, value: string) => void): boolean {
  if (raw === null || raw === '') return false;
  if (raw === LOCAL_DATA) return true;
  reject(PARAMS.data, raw);
  return false;
}

function matches(pattern: RegExp) {
  return (value: string): value is string => pattern.test(value);
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => (allowed as readonly string[]).includes(value);
}
