import { useMemo } from 'react';
import type { PartyLinks } from '../../components/party-links';
import { serializeViewState } from '../../view-state/url-codec';
import { withFilter } from '../../view-state/transitions';
import { useViewState } from '../../view-state/use-view-state';
import type { ViewState } from '../../view-state/view-state';
import { useBriefLinks } from './briefing-navigation';

/**
 * The links of the parties in a record's dialog. An organisation leads to the explore view
 * filtered to it: the reader's other filters stay, the countries and roles (which only make
 * sense for the actors chosen before) give way, so the record the reader came from is among the
 * results. A country leads to its profile, as the briefing links do.
 */
export function usePartyLinks(): PartyLinks {
  const { state, update } = useViewState();
  const { navigation } = useBriefLinks();
  return useMemo(() => {
    const organisationView = (s: ViewState, id: string): ViewState => ({
      ...withFilter(s, { ...s.filter, organisations: [id], countries: [], roles: [] }),
      route: { name: 'explore' },
      openRecord: null,
    });
    return {
      organisationHref: (id) => serializeViewState(organisationView(state, id)) || '?',
      openOrganisation: (id) => {
        update((s) => organisationView(s, id));
        document.getElementById('main')?.focus();
      },
      countryHref: navigation.countryHref,
      openCountry: navigation.openCountry,
    };
  }, [state, update, navigation]);
}
