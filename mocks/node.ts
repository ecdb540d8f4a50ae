import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import worldTopology from 'world-atlas/countries-110m.json';
import { handlers } from './handlers';

// In the browser Vite serves the basemap file itself and the mock worker lets the request through.
// jsdom has no such server, so the tests answer it here; without this the map shows its
// "outline did not load" alert whenever its code happens to load before a test ends.
const basemap = http.get('*/world-atlas/countries-110m.json', () => HttpResponse.json(worldTopology));

/** The mock API for Vitest: the same handlers the development server uses, plus the basemap file. */
export const server = setupServer(...handlers, basemap);
