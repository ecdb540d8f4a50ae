import type { Language } from '../data/schema/vocabulary';
import { EMPTY_FILTER, type RecordFilter } from '../data/selectors/filter';
import { DEFAULT_CHART_OPTIONS, type ChartOptions } from './chart-options';

/** The panels of the explore view; one is open at a time on any screen. */
export const EXPLORE_TABS = ['map', 'charts', 'timeline', 'table'] as const;
export type ExploreTab = (typeof EXPLORE_TABS)[number];

/** Where the map looks. Null means "fit the data", the default. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export const TABLE_SORT_FIELDS = ['date', 'title', 'type', 'place', 'confidence', 'amount', 'roles'] as const;
export type TableSortField = (typeof TABLE_SORT_FIELDS)[number];
export interface TableSort {
  field: TableSortField;
  direction: 'asc' | 'desc';
}

/** Which page: the explore view, a country's profile, or the relationship between two countries. */
export type Route =
  { name: 'explore' } | { name: 'country'; country: string } | { name: 'pair'; countries: [string, string] };

export const ROUTE_NAMES = ['explore', 'country', 'pair'] as const;

/** Everything that makes a view; the URL holds exactly this. */
export interface ViewState {
  route: Route;
  filter: RecordFilter;
  /** The country clicked on the map (or picked from the list): its flows stand out and its summary shows. */
  selectedCountry: string | null;
  /**
   * The flow picked on the map or in its list, as "FROM-TO" country codes (JPN-UKR): it stands out
   * on the map and its details show, so a reload or a copied link reopens it.
   */
  selectedFlow: string | null;
  /** The record whose detail is open. */
  openRecord: string | null;
  map: MapView | null;
  tab: ExploreTab;
  sort: TableSort;
  /** 1-based page of the record table. */
  page: number;
  /**
   * The language the reader chose (or a shared link carries); null lets the reader's browser decide.
   * Once chosen it stays in the URL, so a copied link reopens in the language it was copied in.
   */
  language: Language | null;
  /**
   * The view shows a data file the reader opened in this browser (`data=local`). A link cannot carry
   * the file, so the flag only tells whoever opens the link that they see the published data instead.
   */
  localData: boolean;
  /** The charts' choices (role, side, currency, countries or organisations). */
  charts: ChartOptions;
  /** What "Print / save as PDF" prints on a brief: the one-page A4 brief or the full one. */
  printLayout: PrintLayout;
}

export const PRINT_LAYOUTS = ['full', 'one-page'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

export const DEFAULT_SORT: TableSort = { field: 'date', direction: 'desc' };

export const DEFAULT_VIEW_STATE: ViewState = {
  route: { name: 'explore' },
  filter: EMPTY_FILTER,
  selectedCountry: null,
  selectedFlow: null,
  openRecord: null,
  map: null,
  tab: 'map',
  sort: DEFAULT_SORT,
  page: 1,
  language: null,
  localData: false,
  charts: DEFAULT_CHART_OPTIONS,
  printLayout: 'full',
};

/** Something in the URL that could not be used, said so the reader knows why the view differs. */
export interface UrlNotice {
  param: string;
  value: string;
  /** "local-data": the link was copied while a data file opened locally was shown. */
  reason: 'malformed' | 'unknown' | 'local-data';
}
