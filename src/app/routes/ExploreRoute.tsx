import { lazy, Suspense, useCallback, useMemo } from 'react';
import { NARROW_SCREEN, useMediaQuery } from '../../components/use-media-query';
import type { RecordFilter } from '../../data/selectors/filter';
import { filterRecordsOnce } from '../../data/selectors/filter-memo';
import type { DatasetModel } from '../../data/selectors/model';
import { EmbedDialog } from '../../features/embed-dialog/EmbedDialog';
import { ExportMenu } from '../../features/export/ExportMenu';
import { FilterPanel } from '../../features/filters/FilterPanel';
import { useI18n } from '../../i18n/i18n-context';
import { serializeViewState } from '../../view-state/url-codec';
import { withFilter } from '../../view-state/transitions';
import { useViewState } from '../../view-state/use-view-state';
import { DEFAULT_VIEW_STATE, EXPLORE_TABS } from '../../view-state/view-state';
import { useBriefLinks } from './briefing-navigation';
import { ExplorePanel } from './ExplorePanel';
import { usePartyLinks } from './party-links';
import { PhoneFilterBar } from './PhoneFilterBar';
import { TabBar } from './TabBar';

// A record's details are not on the page's first screen: its script (parsed, compiled and run before
// the first map) leaves them out, and they load with the other later parts (lazy-panels.ts, issue 14).
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
  const records = useMemo(() => filterRecordsOnce(model, state.filter), [model, state.filter]);
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
          <ExplorePanel model={model} state={state} update={update} briefLinks={briefLinks} />
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
