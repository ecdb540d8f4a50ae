import { MapAreaFrame } from '../app/first-paint/MapAreaFrame';
import { useI18n } from '../i18n/i18n-context';

/**
 * The map embed before its map: in embed.html before any script runs (scripts/prerender-frame.ts),
 * then while the map's code loads. The frame's heading is the dashboard's name, never the
 * dataset's: an operator may replace the dataset without rebuilding.
 */
export function EmbedMapFrame() {
  const { t } = useI18n();
  return (
    <main aria-labelledby="embed-frame-title">
      <h1 id="embed-frame-title" className="visually-hidden">
        {t('app.name')}
      </h1>
      <MapAreaFrame compact announce />
    </main>
  );
}
