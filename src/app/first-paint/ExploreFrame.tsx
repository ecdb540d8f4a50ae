import { useI18n } from '../../i18n/i18n-context';
import { EXPLORE_TABS, type ExploreTab } from '../../view-state/view-state';
import { TabBar } from '../routes/TabBar';
import { MapAreaFrame } from './MapAreaFrame';
import './first-paint.css';

const FILTER_LEGENDS = [
  'filters.search.label',
  'filters.types.legend',
  'filters.years.legend',
  'filters.countries.legend',
  'filters.organisations.legend',
  'filters.roles.legend',
  'filters.themes.legend',
  'filters.confidence.legend',
] as const;

interface ExploreFrameProps {
  /** The open tab: the URL's once the app runs; the map in the static HTML, which cannot read the URL. */
  tab?: ExploreTab;
  /** Picks a tab before the dataset has arrived; absent in the static HTML, where no script runs. */
  onSelectTab?: (tab: ExploreTab) => void;
}

/**
 * The explore page's frame while the dataset loads: the same boxes as the page it becomes (title,
 * filters with their headings, tabs, the map's area) with neutral placeholders where the dataset's
 * words and figures will go. The build writes it into index.html (see scripts/prerender-frame.ts),
 * so it paints before any script runs; it holds no figure from the dataset, which an operator may
 * replace without rebuilding.
 */
export function ExploreFrame({ tab = 'map', onSelectTab = () => undefined }: ExploreFrameProps) {
  const { t } = useI18n();
  return (
    <div className="page-frame" aria-busy="true">
      <section className="dataset-summary" aria-labelledby="dataset-title">
        {/* Where the dataset's title will be; a status, so a screen reader says when it is replaced. */}
        <h1 id="dataset-title" className="frame-title">
          <span role="status">{t('state.loading')}</span>
        </h1>
        <p className="as-of frame-text" aria-hidden="true">
          <span className="skeleton-block frame-words" />
        </p>
        <p className="summary-line frame-text" aria-hidden="true">
          <span className="skeleton-block frame-words frame-words-long" />
        </p>
        <div className="stat-list frame-stats" aria-hidden="true">
          {[0, 1, 2, 3, 4, 5].map((stat) => (
            <span key={stat} className="skeleton-block frame-stat" />
          ))}
        </div>
        <p className="about-dataset frame-text" aria-hidden="true">
          <span className="skeleton-block frame-words" />
        </p>
      </section>
      <div className="explore">
        <h2 className="visually-hidden">{t('explore.heading')}</h2>
        {/* Both layouts, one shown by the stylesheet: the static HTML cannot ask how wide the screen is. */}
        <div className="filter-bar frame-narrow-only">
          <span className="filter-bar-open">{t('filters.openDrawer', { count: 0 })}</span>
          <p className="frame-count frame-text" aria-hidden="true">
            <span className="skeleton-block frame-words" />
          </p>
        </div>
        <aside className="filter-panel frame-wide-only" aria-labelledby="filters-title">
          <h2 id="filters-title">{t('filters.heading')}</h2>
          <p className="frame-count frame-text" aria-hidden="true">
            <span className="skeleton-block frame-words" />
          </p>
          {FILTER_LEGENDS.map((key) => (
            <div key={key} className="filter-group">
              <p className="frame-legend">{t(key)}</p>
              <div className="skeleton-block frame-field" aria-hidden="true" />
            </div>
          ))}
        </aside>
        <section className="explore-main" aria-label={t('explore.panels')}>
          <div className="explore-actions frame-actions" aria-hidden="true" />
          <TabBar
            tabs={EXPLORE_TABS}
            current={tab}
            label={(name) => t(`explore.tab.${name}`)}
            onSelect={onSelectTab}
          />
          <div className="explore-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'map' ? (
              <MapAreaFrame />
            ) : (
              <div className="skeleton-block skeleton-line" aria-hidden="true" />
            )}
          </div>
        </section>
      </div>
    </div>
  );
}
