import { setupWorker } from 'msw/browser';
import { handlers, scenarios } from './handlers';
import { isScenarioName } from './scenarios';

/** Starts the mock API in the development server, in the scenario named by ?scenario=. */
export async function startMockApi(): Promise<void> {
  const worker = setupWorker(...handlers);
  const requested = new URLSearchParams(window.location.search).get('scenario');
  if (isScenarioName(requested)) worker.use(scenarios[requested]);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
  });
}
