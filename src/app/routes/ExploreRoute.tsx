import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { LazyCooperationMap } from '../../features/map/LazyCooperationMap';
import { filterRecords, type RecordFilter } from '../../data/selectors/filter';
import { filterRecordsOnce } from '../../data/selectors/filter-memo';
import type { CooperationRecord } from '../../data/schema/records';
import { NARROW_SCREEN, useMediaQuery } from '../../components/use-media-query';
import type { DatasetModel } from '../../data/selectors/model';
import { EmbedDialog } from '../../features/embed-dialog/EmbedDialog';
import { ExportMenu } from '../../features/export/ExportMenu';
import { FilterPanel } from '../../features/filters/FilterPanel';
import { RecordDetail } from '../../features/record-detail/RecordDetail';
import { RecordTable } from '../../features/table/RecordTable';
import { Timeline } from '../../features/timeline/Timeline';
import { useI18n } from '../../i18n/i18n-context';
import { serializeViewState } from '../../view-state/url-codec';
import { withFilter, withRecordsOf, withSelectedCountry } from '../../view-state/transitions';
import type { MapRecordLinks } from '../../components/record-links';
import { useViewState } from '../../view-state/use-view-state';
import { DEFAULT_VIEW_STATE, EXPLORE_TABS, type MapView, type TableSort } from '../../view-state/view-state';
import { useBriefLinks } from './briefing-navigation';
import { PanelFallback } from './PanelFallback';
import { VIEW_SETTLED_MARK } from './view-settled';
import { usePartyLinks } from './party-links';
import { PhoneFilterBar } from './PhoneFilterBar';
import { TabBar } from './TabBar';

// Leaflet and Recharts are the heaviest code in the app: load each only when its panel opens.
const ChartGallery = lazy(() => import('../../features/charts/ChartGallery'));

/**
 * The explore view: filters beside one open panel (map, charts, timeline or table), all held in the URL.
 * On a narrow screen the filters fold into a bar above the panel that opens them in a drawer.
 */
export function ExploreRoute({ model }: { model: DatasetModel }) {
  const { t } = useI18n();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const { state, update } = useViewState();
  const { navigation: briefLinks } = useBriefLinks();
  const partyLinks = usePartyLinks();
  const records = useMemo(() => filterRecordsOnce(model, state.filter), [model, state.filter]);
  // The filters and their count answer at once; the open panel (map, charts, timeline, table) follows
  // in a render of its own right after, which React may interrupt for the next click. The panel is
  // made from `shown` only, and memoised on it, so the urgent render does not redraw the map.
  const shown = useDeferredValue(state);
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

  const showYear = useCallback(
    (year: number, playing: boolean) =>
      update((s) => withFilter(s, { ...s.filter, yearFrom: year, yearTo: year }), { replace: playing }),
    [update],
  );

  const filterProps = {
    model,
    filter: state.filter,
    matching: records.length,
    onChange: (filter: RecordFilter) => update((s) => withFilter(s, filter)),
    onShowYear: showYear,
    briefLinks,
  };

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
    <div className="explore">
      <h2 className="visually-hidden">{t('explore.heading')}</h2>
      {narrow ? <PhoneFilterBar {...filterProps} /> : <FilterPanel {...filterProps} />}
      <section className="explore-main" aria-label={t('explore.panels')}>
        <div className="explore-actions">
          <ExportMenu
            model={model}
            records={records}
            filter={state.filter}
            viewSearch={serializeViewState(state)}
            localData={state.localData}
          />
          <EmbedDialog
            viewSearch={serializeViewState({
              ...DEFAULT_VIEW_STATE,
              filter: state.filter,
              selectedCountry: state.selectedCountry,
              map: state.map,
              // A chart embed opens on the chart choices the reader made.
              charts: state.charts,
            })}
            localData={state.localData}
          />
        </div>
        <TabBar
          tabs={EXPLORE_TABS}
          current={state.tab}
          label={(tab) => t(`explore.tab.${tab}`)}
          onSelect={(tab) => update((s) => ({ ...s, tab }))}
        />
        <div
          className="explore-panel"
          role="tabpanel"
          id={`panel-${state.tab}`}
          aria-labelledby={`tab-${state.tab}`}
          tabIndex={0}
        >
          <Suspense fallback={<PanelFallback />}>{panel}</Suspense>
          <ViewSettledMark records={shownRecords} />
        </div>
      </section>
      {state.openRecord !== null && model.recordsById.has(state.openRecord) && (
        <RecordDetail
          model={model}
          recordId={state.openRecord}
          partyLinks={partyLinks}
          onClose={() => update((s) => ({ ...s, openRecord: null }))}
        />
      )}
    </div>
  );
}

/** The User Timing mark set once the panel has committed the records it shows (see VIEW_SETTLED_MARK). */
function ViewSettledMark({ records }: { records: CooperationRecord[] }) {
  // After the panel beside it: React runs a commit's effects in tree order, so the map's layers and
  // lists (react-leaflet updates its layers in effects) are in place when this one runs.
  useEffect(() => {
    performance.mark(VIEW_SETTLED_MARK, { detail: records.length });
  }, [records]);
  return null;
}
