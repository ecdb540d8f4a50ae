import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../app/query-client';
import { parseEmbed } from './embed-params';
import { EmbedApp } from './EmbedApp';
import { startEmbedLoading } from './start-loading';
import { loadedTranslator, loadTranslator } from '../i18n/catalogues';
import { chooseLanguage, readerPreferences } from '../i18n/languages';
import '../app/styles.css';
import './embed.css';

async function start(): Promise<void> {
  if (import.meta.env.DEV) {
    const { startMockApi } = await import('../../mocks/browser');
    await startMockApi();
  }
  const queryClient = createQueryClient();
  const embed = parseEmbed(window.location.search);
  startEmbedLoading(queryClient, embed);
  const container = document.getElementById('root');
  if (!container) throw new Error('embed.html has no #root element');
  // embed.html's frame (scripts/prerender-frame.ts) stays on screen while another language than
  // English loads: rendered sooner, the embed would swap it for an empty box until its words came.
  const language = chooseLanguage(embed.view.language, readerPreferences());
  if (loadedTranslator(language) === null) await loadTranslator(language).catch(() => undefined);
  createRoot(container).render(
    <StrictMode>
      <EmbedApp queryClient={queryClient} embed={embed} />
    </StrictMode>,
  );
}

void start();
