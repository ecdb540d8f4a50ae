import { lazy, Suspense, useCallback, useMemo } from 'react';
import { LazyCooperationMap } from '../../features/map/LazyCooperationMap';
import { filterRecords, type RecordFilter } from '../../data/selectors/filter';
import { NARROW_SCREEN, useMediaQuery } from '../../components/use-media-query';
import type { DatasetModel } from '../../data/selectors/model';
import { EmbedDialog } from '../../features/embed-dialog/EmbedDialog';
import { ExportMenu } from '../../features/export/ExportMenu';
import { FilterPanel } from '../../features/filters/FilterPanel';
import { useI18n } from '../../i18n/i18n-context';
import { serializeViewState } from '../../view-state/url-codec';
import { withFilter, withRecordsOf, withSelectedCountry } from '../../view-state/transitions';
import type { MapRecordLinks } from '../../components/record-links';
import { useViewState } from '../../view-state/use-view-state';
import { DEFAULT_VIEW_STATE, EXPLORE_TABS, type ExploreTab } from '../../view-state/view-state';
import { useBriefLinks } from './briefing-navigation';
import { PanelFallback } from './PanelFallback';
import { usePartyLinks } from './party-links';
import { PhoneFilterBar } from './PhoneFilterBar';
import { TabBar } from './TabBar';

// Leaflet and Recharts are the heaviest code in the app: load each only when its panel opens.
const ChartGallery = lazy(() => import('../../features/charts/ChartGallery'));
// So are the tabs not open and a record's details, on the page's first load: the explore page's own
// script (parsed, compiled and run before the first map) leaves them out (issue 14).
const RecordTable = lazy(() => import('./lazy-panels').then((panels) => ({ default: panels.RecordTable })));
const Timeline = lazy(() => import('./lazy-panels').then((panels) => ({ default: panels.Timeline })));
const RecordDetail = lazy(() => import('./lazy-panels').then((panels) => ({ default: panels.RecordDetail })));

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
  const records = useMemo(() => filterRecords(model, state.filter), [model, state.filter]);

  const recordHref = useCallback(
    (recordId: string) => serializeViewState({ ...state, openRecord: recordId }) || '?',
    [state],
  );
  const openRecord = useCallback(
    (recordId: string) => update((s) => ({ ...s, openRecord: recordId })),
    [update],
  );
  const selectCountry = useCallback(
    (iso3: string | null) => update((s) => withSelectedCountry(s, iso3)),
    [update],
  );

  // The map's way to the records behind a country or a flow: the same filters plus that one, on
  // the Records tab; the count is what that filter keeps, so the link says what the tab will list.
  const recordLinks = useMemo((): MapRecordLinks => {
    const link = (filter: typeof state.filter) => ({
      href: serializeViewState(withRecordsOf(state, filter)) || '?',
      count: filterRecords(model, filter).length,
      open: () => update((s) => withRecordsOf(s, filter)),
    });
    return {
      country: (iso3) => link({ ...state.filter, countries: [iso3] }),
      flow: (from, to) => link({ ...state.filter, links: [`${from}-${to}`] }),
    };
  }, [model, state, update]);

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

  const panels: Record<ExploreTab, React.ReactNode> = {
    map: (
      <LazyCooperationMap
        model={model}
        records={records}
        selectedCountry={state.selectedCountry}
        focusCountries={state.filter.countries}
        view={state.map}
        onSelectCountry={selectCountry}
        selectedFlow={state.selectedFlow}
        onSelectFlow={(flow) => update((s) => ({ ...s, selectedFlow: flow }))}
        recordLinks={recordLinks}
        onViewChange={(view) => update((s) => ({ ...s, map: view }), { replace: true })}
        recordHref={recordHref}
        onOpenRecord={openRecord}
        briefLinks={briefLinks}
      />
    ),
    charts: <ChartGallery model={model} records={records} filter={state.filter} />,
    timeline: <Timeline model={model} records={records} recordHref={recordHref} onOpenRecord={openRecord} />,
    table: (
      <RecordTable
        model={model}
        records={records}
        sort={state.sort}
        page={state.page}
        onSortChange={(sort) => update((s) => ({ ...s, sort, page: 1 }))}
        onPageChange={(page) => update((s) => ({ ...s, page }))}
        recordHref={recordHref}
        onOpenRecord={openRecord}
        focus={state.filter}
      />
    ),
  };

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
          <Suspense fallback={<PanelFallback />}>{panels[state.tab]}</Suspense>
        </div>
      </section>
      {state.openRecord !== null && model.recordsById.has(state.openRecord) && (
        <Suspense fallback={null}>
          <RecordDetail
            model={model}
            recordId={state.openRecord}
            partyLinks={partyLinks}
            onClose={() => update((s) => ({ ...s, openRecord: null }))}
          />
        </Suspense>
      )}
    </div>
  );
}
