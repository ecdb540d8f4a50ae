import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { startLoading } from './app/start-loading';
import { loadedTranslator, loadTranslator } from './i18n/catalogues';
import { chooseLanguage, readerPreferences } from './i18n/languages';
import { parseViewState } from './view-state/url-codec';
import './app/styles.css';

async function start(): Promise<void> {
  // The mock API exists only in development; production fetches the file beside the build.
  if (import.meta.env.DEV) {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi();
  }
  const queryClient = createQueryClient();
  startLoading(queryClient, window.location.search);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  // index.html's frame (scripts/prerender-frame.ts) stays on screen while another language than
  // English loads: rendered sooner, the app would swap it for an empty box until its words came.
  const language = chooseLanguage(parseViewState(window.location.search).state.language, readerPreferences());
  if (loadedTranslator(language) === null) await loadTranslator(language).catch(() => undefined);
  const root = createRoot(container);
  // The frame is already painted, so the first render need not hurry: as a transition React renders
  // it in slices, and the browser stays free to answer the reader between them.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}

void start();
