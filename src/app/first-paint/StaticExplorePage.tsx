import { useI18n } from '../../i18n/i18n-context';
import { AppHeader } from '../AppHeader';
import { ExploreFrame } from './ExploreFrame';

/**
 * index.html's body before any script runs (written in by the build, scripts/prerender-frame.ts):
 * AppShell's skip link, header and main, with the explore page's frame inside. The header's tools
 * are there as the app draws them while the dataset loads; without a script only the language
 * links do anything, and the page's <noscript> says why.
 */
export function StaticExplorePage() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader model={undefined} />
      <main id="main" tabIndex={-1}>
        <ExploreFrame />
      </main>
    </>
  );
}
