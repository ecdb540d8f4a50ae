import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './EmbedApp';
import '../app/styles.css';
import './embed.css';

async function start(): Promise<void> {
  if (import.meta.env.DEV) {
    const { startMockApi } = await import('../../mocks/browser');
    await startMockApi();
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('embed.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
}

void start();
