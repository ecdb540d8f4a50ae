import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { preloadHeaderFont, prerenderFrame } from './scripts/prerender-frame.ts';
import { metaContentSecurityPolicy, securityHeadersFor } from './scripts/security-headers.ts';

const DATASET_SOURCE = 'mocks/data/dataset.json';
const DATASET_TARGET = 'api/v1/dataset.json';
const SCHEMA_SOURCE = 'mocks/data/dataset.schema.json';

/**
 * The production build ships the dataset beside the app as a plain file, so an operator can
 * replace dist/api/v1/dataset.json without rebuilding. In development MSW serves the same file.
 */
function shipDataset(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ship-dataset',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      mkdirSync(resolve(outDir, 'api/v1'), { recursive: true });
      copyFileSync(DATASET_SOURCE, resolve(outDir, DATASET_TARGET));
      copyFileSync(SCHEMA_SOURCE, resolve(outDir, 'api/v1/dataset.schema.json'));
    },
  };
}

/**
 * Each page asks for the dataset from its HTML, so the download starts while the page's script is
 * still loading and compiling; fetch-dataset.ts's request (same URL, CORS mode, same-origin
 * credentials) then takes the preloaded response instead of starting its own. Built pages only: in
 * development MSW answers the request, and only once its service worker is running.
 */
function preloadDataset(): Plugin {
  return {
    name: 'preload-dataset',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `./${DATASET_TARGET}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head',
      },
    ],
  };
}

/**
 * The mock API's service worker is served by the development server only, so it never ships
 * in a production build.
 */
function serveMockWorker(): Plugin {
  return {
    name: 'serve-mock-worker',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync('mocks/public/mockServiceWorker.js'));
      });
    },
  };
}

/** `vite preview` sends the headers the README recommends for a deployment, per path. */
function previewSecurityHeaders(): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(request.url ?? '/'))) {
          response.setHeader(name, value);
        }
        next();
      });
    },
  };
}

/** The built page carries its Content-Security-Policy; the dev server needs inline styles for HMR, so not there. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The embed build runs the same React components on Preact's React-compatible runtime: an embed
 * on a partner's page must stay small (perf-budgets.json), and react-dom alone is about 60 kB
 * gzipped where Preact with its compatibility layer is about 10. The dashboard itself, the
 * development server and the unit tests run on React; the browser suite tests the embeds as built.
 */
const PREACT_FOR_REACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];
// Keeps the map embed within its budget (perf-budgets.json); see the stub for why it is safe.
const EMBED_ALIASES = [
  ...PREACT_FOR_REACT,
  { find: /^\.\/time-data\.generated(\.js)?$/, replacement: resolve('src/embed/icu-time-data-stub.ts') },
];

// `npm run build` builds the two pages one after the other into dist/: the dashboard (index.html),
// then, with `--mode embed`, the embed shell partner sites put in an iframe (embed.html).
export default defineConfig(({ mode }): UserConfig => {
  const embed = mode === 'embed';
  const input: Record<string, string> = embed
    ? { embed: resolve('embed.html') }
    : { main: resolve('index.html') };
  return {
    // Relative asset URLs: the build works from any sub-path of any static host.
    base: './',
    plugins: [
      react(),
      serveMockWorker(),
      shipDataset(),
      preloadDataset(),
      contentSecurityPolicy(),
      prerenderFrame(),
      preloadHeaderFont(),
      previewSecurityHeaders(),
    ],
    resolve: embed ? { alias: EMBED_ALIASES } : {},
    build: {
      target: 'es2022',
      rollupOptions: { input },
      // The embed build adds its files beside the dashboard's.
      emptyOutDir: !embed,
      sourcemap: true,
    },
    server: { port: 5173 },
    preview: { port: 4173, strictPort: true },
  };
});
