import { lazy, Suspense } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { DatasetSummary } from '../../features/overview/DatasetSummary';
import { useViewState } from '../../view-state/use-view-state';
import { ExploreRoute } from './ExploreRoute';
import { PanelFallback } from './PanelFallback';
import { UrlNotices } from './UrlNotices';

// Briefing pages are opened less often than the explore view: load them on demand.
const CountryRoute = lazy(() => import('./CountryRoute'));
const PairRoute = lazy(() => import('./PairRoute'));

/** Picks the page the URL asks for; a bad link falls back to the explore view with a notice. */
export function RouteSwitch({ model }: { model: DatasetModel }) {
  const { state } = useViewState();
  const { route } = state;
  return (
    <>
      <UrlNotices model={model} />
      {route.name === 'explore' && (
        <>
          <DatasetSummary model={model} />
          <ExploreRoute model={model} />
        </>
      )}
      <Suspense fallback={<PanelFallback />}>
        {route.name === 'country' && model.countriesByIso3.has(route.country) && (
          <CountryRoute model={model} country={route.country} />
        )}
        {route.name === 'pair' && route.countries.every((iso3) => model.countriesByIso3.has(iso3)) && (
          <PairRoute model={model} countries={route.countries} />
        )}
      </Suspense>
    </>
  );
}
