import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';
// jsdom has no Worker, so the app reads the dataset on this thread through a module it imports on
// demand (src/data/api/read-off-thread.ts). Importing it here keeps its transform out of the tests' time.
import '../../src/data/api/read-dataset';

// Any request a test did not plan for is a bug in the test or the app.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());
