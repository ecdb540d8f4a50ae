import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock API for Vitest: the same handlers the development server uses. */
export const server = setupServer(...handlers);
