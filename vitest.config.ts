import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Checkouts that share one node_modules through a symlink (git worktrees) import files such as
  // world-atlas/countries-110m.json?url from outside their own folder.
  server: { fs: { strict: false } },
  test: {
    // Browser suites (*.spec.ts under tests/browser) run in Chromium through Playwright, not here.
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    restoreMocks: true,
  },
});
