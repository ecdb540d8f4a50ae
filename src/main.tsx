import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { startLoading } from './app/start-loading';
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
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}

void start();
