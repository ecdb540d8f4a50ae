import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';
// jsdom has no Worker, so the app reads the dataset on this thread through a module it imports on
// demand (src/data/api/read-off-thread.ts). Importing it here keeps its transform out of the tests' time.
import '../../src/data/api/read-dataset';
// Leaflet reads `window` as its module runs. The map's code is a lazy chunk that a test may start
// loading (by rendering a page with a map) and end before it arrives; had Leaflet not run yet, it
// would then run after jsdom's window is gone and fail the whole run with an unhandled rejection.
// Run here, it is already in place when the chunk arrives. (Tests of the scripts run without jsdom.)
if (typeof window !== 'undefined') await import('leaflet');

// Any request a test did not plan for is a bug in the test or the app.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());
