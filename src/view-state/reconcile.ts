import type { DatasetModel } from '../data/selectors/model';
import { PARAMS } from './url-codec';
import type { Route, UrlNotice, ViewState } from './view-state';

/**
 * Drops what a well-formed URL names but the dataset does not have (a country, organisation or
 * record it does not know), with a notice for each, so an old link still opens a sensible view.
 */
export function reconcileWithDataset(
  state: ViewState,
  model: DatasetModel,
): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const keep = (param: string, values: string[], known: (value: string) => boolean) =>
    values.filter((value) => {
      if (known(value)) return true;
      notices.push({ param, value, reason: 'unknown' });
      return false;
    });
  const knownCountry = (iso3: string) => model.countriesByIso3.has(iso3);

  const countries = keep(PARAMS.countries, state.filter.countries, knownCountry);
  const organisations = keep(PARAMS.organisations, state.filter.organisations, (id) =>
    model.organisationsById.has(id),
  );
  const [selectedCountry = null] = keep(
    PARAMS.selectedCountry,
    state.selectedCountry === null ? [] : [state.selectedCountry],
    knownCountry,
  );
  // A flow between countries the dataset does not have; one it has but the filters hide is kept.
  const [selectedFlow = null] = keep(
    PARAMS.selectedFlow,
    state.selectedFlow === null ? [] : [state.selectedFlow],
    (flow) => flow.split('-').every(knownCountry),
  );
  const [openRecord = null] = keep(
    PARAMS.openRecord,
    state.openRecord === null ? [] : [state.openRecord],
    (id) => model.recordsById.has(id),
  );
  const route = reconcileRoute(state.route, knownCountry, notices);
  if (notices.length === 0) return { state, notices };
  return {
    state: {
      ...state,
      route,
      filter: { ...state.filter, countries, organisations },
      selectedCountry,
      selectedFlow,
      openRecord,
    },
    notices,
  };
}

/** A profile of a country the dataset does not have falls back to the explore view. */
function reconcileRoute(route: Route, knownCountry: (iso3: string) => boolean, notices: UrlNotice[]): Route {
  const focus = route.name === 'country' ? [route.country] : route.name === 'pair' ? route.countries : [];
  const unknown = focus.filter((iso3) => !knownCountry(iso3));
  if (unknown.length === 0) return route;
  notices.push({ param: PARAMS.focus, value: unknown.join(','), reason: 'unknown' });
  return { name: 'explore' };
}
