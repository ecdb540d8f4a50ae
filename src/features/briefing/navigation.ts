/**
 * How a briefing page links elsewhere. The route builds these from the URL view state, so
 * every link keeps the reader's filters and is a real address (copyable, opens in a new tab).
 */
export interface BriefingNavigation {
  exploreHref: string;
  openExplore: () => void;
  countryHref: (iso3: string) => string;
  openCountry: (iso3: string) => void;
  pairHref: (a: string, b: string) => string;
  openPair: (a: string, b: string) => void;
  recordHref: (recordId: string) => string;
  openRecord: (recordId: string) => void;
}
