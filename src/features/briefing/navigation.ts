import type { BriefLinks } from '../../components/brief-links';

/**
 * How a briefing page links elsewhere. The route builds these from the URL view state, so
 * every link keeps the reader's filters and is a real address (copyable, opens in a new tab).
 */
export interface BriefingNavigation extends BriefLinks {
  exploreHref: string;
  openExplore: () => void;
  recordHref: (recordId: string) => string;
  openRecord: (recordId: string) => void;
}
