import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import type { BriefLinks } from '../../components/brief-links';
import type { MapRecordLinks } from '../../components/record-links';
import { useValueAfterPaint } from '../../components/use-value-after-paint';
import type { CooperationRecord } from '../../data/schema/records';
import { filterRecords } from '../../data/selectors/filter';
import { filterRecordsOnce } from '../../data/selectors/filter-memo';
import type { DatasetModel } from '../../data/selectors/model';
import { LazyCooperationMap } from '../../features/map/LazyCooperationMap';
import { serializeViewState } from '../../view-state/url-codec';
import { withRecordsOf, withSelectedCountry } from '../../view-state/transitions';
import type { NavigateOptions } from '../../view-state/location-store';
import type { ViewStateUpdate } from '../../view-state/use-view-state';
import type { MapView, TableSort, ViewState } from '../../view-state/view-state';
import { PanelFallback } from './PanelFallback';
import { VIEW_SETTLED_MARK } from './view-settled';

// Leaflet and Recharts are the heaviest code in the app: load each only when its panel opens.
const ChartGallery = lazy(() => import('../../features/charts/ChartGallery'));
// So are the tabs not open on the page's first load: the explore page's own script (parsed, compiled
// and run before the first map) leaves them out (lazy-panels.ts, issue 14).
const RecordTable = lazy(() => import('./lazy-panels').then((panels) => ({ default: panels.RecordTable })));
const Timeline = lazy(() => import('./lazy-panels').then((panels) => ({ default: panels.Timeline })));

interface ExplorePanelProps {
  model: DatasetModel;
  state: ViewState;
  update: (change: ViewStateUpdate, options?: NavigateOptions) => void;
  briefLinks: BriefLinks;
}

/**
 * The explore view's open panel (map, charts, timeline or table). It shows the view state a render
 * after the rest of the page: a filter's count answers first, then the panel catches up.
 */
export function ExplorePanel({ model, state, update, briefLinks }: ExplorePanelProps) {
  // The filters and their count answer at once; the open panel (map, charts, timeline, table) follows
  // in a render of its own right after, once the browser could paint the count. The panel is made
  // from `shown` only, and memoised on it, so the first render does not redraw the map.
  const shown = useValueAfterPaint(state);
  const shownRecords = useMemo(() => filterRecordsOnce(model, shown.filter), [model, shown.filter]);

  const recordHref = useCallback(
    (recordId: string) => serializeViewState({ ...shown, openRecord: recordId }) || '?',
    [shown],
  );
  const openRecord = useCallback(
    (recordId: string) => update((s) => ({ ...s, openRecord: recordId })),
    [update],
  );
  const selectCountry = useCallback(
    (iso3: string | null) => update((s) => withSelectedCountry(s, iso3)),
    [update],
  );
  const selectFlow = useCallback(
    (flow: string | null) => update((s) => ({ ...s, selectedFlow: flow })),
    [update],
  );
  const changeMapView = useCallback(
    (view: MapView) => update((s) => ({ ...s, map: view }), { replace: true }),
    [update],
  );
  const changeSort = useCallback((sort: TableSort) => update((s) => ({ ...s, sort, page: 1 })), [update]);
  const changePage = useCallback((page: number) => update((s) => ({ ...s, page })), [update]);

  // The map's way to the records behind a country or a flow: the same filters plus that one, on
  // the Records tab; the count is what that filter keeps, so the link says what the tab will list.
  const recordLinks = useMemo((): MapRecordLinks => {
    const link = (filter: typeof shown.filter) => ({
      href: serializeViewState(withRecordsOf(shown, filter)) || '?',
      count: filterRecords(model, filter).length,
      open: () => update((s) => withRecordsOf(s, filter)),
    });
    return {
      country: (iso3) => link({ ...shown.filter, countries: [iso3] }),
      flow: (from, to) => link({ ...shown.filter, links: [`${from}-${to}`] }),
    };
  }, [model, shown, update]);

  // The tab is the reader's click and answers at once (a panel still loading shows its fallback);
  // what the panel shows follows `shown`.
  const tab = state.tab;
  // The brief links are made afresh at every address change; the panel's are the ones of the state
  // it shows (when `shown` catches up, the state is the same and so are they).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- kept per shown state on purpose
  const shownBriefLinks = useMemo(() => briefLinks, [shown]);
  const panel = useMemo(() => {
    switch (tab) {
      case 'map':
        return (
          <LazyCooperationMap
            model={model}
            records={shownRecords}
            selectedCountry={shown.selectedCountry}
            focusCountries={shown.filter.countries}
            view={shown.map}
            onSelectCountry={selectCountry}
            selectedFlow={shown.selectedFlow}
            onSelectFlow={selectFlow}
            recordLinks={recordLinks}
            onViewChange={changeMapView}
            recordHref={recordHref}
            onOpenRecord={openRecord}
            briefLinks={shownBriefLinks}
          />
        );
      case 'charts':
        return <ChartGallery model={model} records={shownRecords} filter={shown.filter} />;
      case 'timeline':
        return (
          <Timeline model={model} records={shownRecords} recordHref={recordHref} onOpenRecord={openRecord} />
        );
      case 'table':
        return (
          <RecordTable
            model={model}
            records={shownRecords}
            sort={shown.sort}
            page={shown.page}
            onSortChange={changeSort}
            onPageChange={changePage}
            recordHref={recordHref}
            onOpenRecord={openRecord}
            focus={shown.filter}
          />
        );
    }
  }, [
    tab,
    model,
    shown,
    shownRecords,
    selectCountry,
    selectFlow,
    recordLinks,
    changeMapView,
    recordHref,
    openRecord,
    shownBriefLinks,
    changeSort,
    changePage,
  ]);

  return (
    <>
      <Suspense fallback={<PanelFallback />}>{panel}</Suspense>
      <ViewSettledMark records={shownRecords} />
    </>
  );
}

/** The User Timing mark set once the panel has committed the records it shows (see VIEW_SETTLED_MARK). */
function ViewSettledMark({ records }: { records: CooperationRecord[] }) {
  // After the panel beside it: React runs a commit's effects in tree order, so the map's layers and
  // lists (react-leaflet updates its layers in effects) are in place when this one runs.
  useEffect(() => {
    // One at a time: a long session must not fill the performance timeline with them.
    performance.clearMarks(VIEW_SETTLED_MARK);
    performance.mark(VIEW_SETTLED_MARK, { detail: records.length });
  }, [records]);
  return null;
}
