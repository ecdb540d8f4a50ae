import { renderToStaticMarkup } from 'react-dom/server';
import { StaticExplorePage } from './app/first-paint/StaticExplorePage';
import { EmbedMapFrame } from './embed/EmbedMapFrame';
import { loadedTranslator } from './i18n/catalogues';
import { I18nContext } from './i18n/i18n-context';

export type FramedPage = 'index' | 'embed';

/**
 * The markup each page's #root holds before its script runs, rendered at build time by
 * scripts/prerender-frame.ts from the components the app shows while the dataset loads. In English,
 * the default language (the page cannot know the reader's before a script runs), and free of any
 * figure or name from the dataset.
 */
export function renderFrame(page: FramedPage): string {
  const english = loadedTranslator('en');
  if (english === null) throw new Error('The English catalogue is always loaded');
  return renderToStaticMarkup(
    <I18nContext value={english}>
      {page === 'index' ? (
        <StaticExplorePage />
      ) : (
        // As EmbedApp draws it; the default embed (no "embed=" in its URL) is the map.
        <div className="embed" data-embed="map">
          <EmbedMapFrame />
        </div>
      )}
    </I18nContext>,
  );
}
