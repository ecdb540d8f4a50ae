import { basename } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { renderFrame } from '../src/prerender-frames';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Writes each page's frame into its HTML at build time, so the page paints its header, tabs, filter
 * headings and map area before any script has run (issue 14). The frame comes from the components
 * the app shows while the dataset loads (src/prerender-frames.tsx), rendered to static markup in a
 * Vite server of its own (plain React: the embed build's Preact aliases do not apply). The app's
 * first render replaces the markup with the same boxes.
 */
export function prerenderFrame(): Plugin {
  return {
    name: 'prerender-frame',
    apply: 'build',
    async transformIndexHtml(html, context) {
      const page = basename(context.filename) === 'embed.html' ? 'embed' : 'index';
      if (!html.includes(EMPTY_ROOT))
        throw new Error(`${context.filename} has no empty ${EMPTY_ROOT} to fill`);
      const server = await createServer({
        configFile: false,
        // As built: import.meta.env.DEV false, so no development-only control is drawn.
        mode: 'production',
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const module = (await server.ssrLoadModule('/src/prerender-frames.tsx')) as {
          renderFrame: typeof renderFrame;
        };
        return html.replace(EMPTY_ROOT, `<div id="root">${module.renderFrame(page)}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * The dashboard's header offers Khmer by its own name ("ខ្មែរ") on every page, so every page fetches
 * the Khmer font (khmer-font-faces.css). Found only once the frame is drawn, it arrived after the
 * first paint and the link's new width pushed the header's other tools aside (a layout shift);
 * preloaded, it comes with the stylesheet. The dashboard only: the embed has no language links.
 */
export function preloadHeaderFont(): Plugin {
  return {
    name: 'preload-header-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (basename(context.filename) !== 'index.html' || context.bundle === undefined) return [];
        const font = Object.keys(context.bundle).find((file) =>
          /noto-sans-khmer-khmer-400-normal-[\w-]+\.woff2$/.test(file),
        );
        if (font === undefined) throw new Error('The build has no Khmer font to preload');
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${font}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: 'anonymous',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
