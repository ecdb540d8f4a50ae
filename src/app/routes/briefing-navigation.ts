import { useMemo } from 'react';
import type { BriefingNavigation } from '../../features/briefing/navigation';
import { useI18n } from '../../i18n/i18n-context';
import { serializeViewState } from '../../view-state/url-codec';
import { useViewState } from '../../view-state/use-view-state';
import {
  DEFAULT_VIEW_STATE,
  type MapView,
  type PrintLayout,
  type Route,
  type ViewState,
} from '../../view-state/view-state';

/**
 * The links of the briefing pages, built from the URL view state: moving to another page keeps
 * the filters and drops what belonged to the page left behind (open record, map position).
 * The explore view and the header use the same links to reach the briefs.
 */
export function useBriefLinks(): { state: ViewState; navigation: BriefingNavigation } {
  const { state, update } = useViewState();
  const navigation = useMemo((): BriefingNavigation => {
    const atRoute = (s: ViewState, route: Route): ViewState => ({
      ...s,
      route,
      openRecord: null,
      selectedCountry: null,
      map: null,
      page: 1,
    });
    const href = (s: ViewState) => serializeViewState(s) || '?';
    const go = (route: Route) => {
      update((s) => atRoute(s, route));
      // A new page starts at its top, and so does a keyboard or screen-reader user's focus.
      document.getElementById('main')?.focus();
    };
    return {
      exploreHref: href(atRoute(state, { name: 'explore' })),
      openExplore: () => go({ name: 'explore' }),
      countryHref: (iso3) => href(atRoute(state, { name: 'country', country: iso3 })),
      openCountry: (iso3) => go({ name: 'country', country: iso3 }),
      pairHref: (a, b) => href(atRoute(state, { name: 'pair', countries: [a, b] })),
      openPair: (a, b) => go({ name: 'pair', countries: [a, b] }),
      recordHref: (recordId) => href({ ...state, openRecord: recordId }),
      openRecord: (recordId) => update((s) => ({ ...s, openRecord: recordId })),
    };
  }, [state, update]);
  return { state, navigation };
}

/** A briefing page's links, plus what only a briefing page needs (its permalink, the map's position). */
export function useBriefingNavigation(): {
  state: ViewState;
  navigation: BriefingNavigation;
  closeRecord: () => void;
  /** Keeps the map's position in the URL, as the explore view does, without adding history entries. */
  setMapView: (view: MapView) => void;
  /** The address of this page with its filters: what a printed brief links to. */
  permalink: string;
  /** What Print prints, one page or the full brief, kept in the URL as print=one-page. */
  printLayout: PrintLayout;
  setPrintLayout: (layout: PrintLayout) => void;
} {
  const { update } = useViewState();
  const { state, navigation } = useBriefLinks();
  const { language } = useI18n();
  // Only what makes the brief: the page, its filters and the language it is printed in (no open
  // record, map position or explore tab). A paper brief's link opens in the paper's language.
  const brief = serializeViewState({
    ...DEFAULT_VIEW_STATE,
    route: state.route,
    filter: state.filter,
    language,
    // A brief of a locally opened file says so in its link (and its QR code).
    localData: state.localData,
    // A one-page brief's link and QR code reopen the one-page choice.
    printLayout: state.printLayout,
  });
  const permalink = `${window.location.origin}${window.location.pathname}${brief}`;
  return {
    state,
    navigation,
    closeRecord: () => update((s) => ({ ...s, openRecord: null })),
    setMapView: (view) => update((s) => ({ ...s, map: view }), { replace: true }),
    permalink,
    printLayout: state.printLayout,
    setPrintLayout: (layout) => update((s) => ({ ...s, printLayout: layout }), { replace: true }),
  };
}
