import { createContext, use } from 'react';

/**
 * The id of the element whose text names the whole view (a card's title), when several copies of
 * a view may share one page: two card embeds on a partner's page would otherwise offer screen
 * readers two "Key figures" and two "Sources" landmarks. Null on a page of its own.
 */
export const LandmarkOwnerContext = createContext<string | null>(null);

/** The aria-labelledby of a section named by its heading: "Key figures", or "Key figures Cambodia" in a card. */
export function useSectionLabelledBy(headingId: string): string {
  const owner = use(LandmarkOwnerContext);
  return owner === null ? headingId : `${headingId} ${owner}`;
}
