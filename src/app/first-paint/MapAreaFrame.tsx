import { useI18n } from '../../i18n/i18n-context';
import './first-paint.css';

interface MapAreaFrameProps {
  /** The map embed's, one column at every width (map.css's .coop-map-compact). */
  compact?: boolean;
  /** Says "Loading the dataset…" in the line above the map; the explore page's title says it there. */
  announce?: boolean;
}

/**
 * Where the map will be, at the size the map's own stylesheet gives it (first-paint.css repeats
 * map.css's sizes: that stylesheet comes with the map's code, after the first paint). The line
 * above it, where the map will say what it shows, says that the dataset is loading where nothing
 * else on the page does (the embed); elsewhere it is a grey bar.
 */
export function MapAreaFrame({ compact = false, announce = false }: MapAreaFrameProps) {
  const { t } = useI18n();
  return (
    <div className={compact ? 'frame-map frame-map-compact' : 'frame-map'}>
      {announce ? (
        <p className="frame-map-status" role="status">
          {t('state.loading')}
        </p>
      ) : (
        <p className="frame-map-status frame-text" aria-hidden="true">
          <span className="skeleton-block frame-words frame-words-long" />
        </p>
      )}
      <div className="frame-map-layout">
        <div className="frame-map-main">
          <div className="frame-map-canvas" />
          {compact && <div className="frame-map-legend skeleton-block" aria-hidden="true" />}
        </div>
      </div>
    </div>
  );
}
