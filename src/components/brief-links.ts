/**
 * Links to the briefing pages, for views that are not briefing pages themselves (the explore
 * map, the filters, the header). The app builds them from the URL view state, so each is a real
 * address that keeps the reader's filters; the features only render them.
 */
export interface BriefLinks {
  countryHref: (iso3: string) => string;
  openCountry: (iso3: string) => void;
  pairHref: (a: string, b: string) => string;
  openPair: (a: string, b: string) => void;
}
