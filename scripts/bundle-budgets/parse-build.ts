import { posix } from 'node:path';

/** What an HTML page loads before any script runs: module scripts, preloaded modules, stylesheets. */
export interface PageAssets {
  scripts: string[];
  stylesheets: string[];
}

/** Every file a built chunk points at, as paths from the root of dist/. */
export interface ChunkLinks {
  /** Loaded with the chunk (static `import`/`export ... from`). */
  imports: string[];
  /** Loaded later, on demand (`import()`, and the scripts of workers it may start). */
  dynamicImports: string[];
  /** Stylesheets the chunk brings with it; undefined when the build does not say (no manifest). */
  css: string[] | undefined;
}

// Vite's HTML output is regular: one tag per line, double-quoted attributes. An HTML parser would
// be sturdier but is a dependency we do not have; the tests pin the forms we read.
const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The scripts and stylesheets a built HTML page loads, as paths from the root of dist/. */
export function readPageAssets(html: string, htmlPath: string): PageAssets {
  const assets: PageAssets = { scripts: [], stylesheets: [] };
  for (const [, tag, attributeText] of html.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const [, name, doubled, single] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
      attributes.set((name ?? '').toLowerCase(), doubled ?? single ?? '');
    }
    const rel = attributes.get('rel')?.toLowerCase();
    if (tag?.toLowerCase() === 'script' && attributes.has('src')) {
      assets.scripts.push(resolveAsset(htmlPath, attributes.get('src') ?? ''));
    } else if (rel === 'modulepreload' && attributes.has('href')) {
      assets.scripts.push(resolveAsset(htmlPath, attributes.get('href') ?? ''));
    } else if (rel === 'stylesheet' && attributes.has('href')) {
      assets.stylesheets.push(resolveAsset(htmlPath, attributes.get('href') ?? ''));
    }
  }
  return { scripts: unique(assets.scripts), stylesheets: unique(assets.stylesheets) };
}

// Rolldown writes relative specifiers: `import{t as e}from"./index-Ab12.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`, and `import(\`./Map-Cd34.js\`)` for lazy chunks. A dynamic import has a
// parenthesis after `import`, which the static pattern does not allow.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"'\s]+?\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*[`"'](\.{1,2}\/[^`"'\s]+?\.js)[`"']\s*\)/g;
// A worker's script: `new Worker(new URL(\`dataset-worker-Ef56.js\`, import.meta.url))`. It counts as
// loaded on demand: the page starts the dataset reader's worker only for a file over a megabyte
// (src/data/api/read-off-thread.ts), so a page with the bundled dataset never fetches it.
const SCRIPT_URL = /\bnew URL\(\s*[`"']((?:\.{1,2}\/)?[^`"'\s/]+?\.js)[`"']\s*,\s*import\.meta\.url\s*\)/g;

/** The chunks a built JavaScript file imports, read from its import statements. */
export function readChunkImports(code: string, chunkPath: string): Omit<ChunkLinks, 'css'> {
  const resolve = (specifier: string) => posix.normalize(posix.join(posix.dirname(chunkPath), specifier));
  return {
    imports: unique([...code.matchAll(STATIC_IMPORT)].map((match) => resolve(match[1] ?? ''))),
    dynamicImports: unique(
      [...code.matchAll(DYNAMIC_IMPORT), ...code.matchAll(SCRIPT_URL)].map((match) =>
        resolve(match[1] ?? ''),
      ),
    ),
  };
}

/** A URL from an HTML page as a path from the root of dist/ ("./assets/a.js" -> "assets/a.js"). */
export function resolveAsset(htmlPath: string, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    throw new Error(`${htmlPath} loads ${url} from elsewhere; only files in dist/ can be measured`);
  }
  const path = url.split(/[?#]/)[0] ?? '';
  // "/assets/a.js" is relative to the site root, which is dist/ when the app is served from "/".
  return path.startsWith('/')
    ? posix.normalize(path.slice(1))
    : posix.normalize(posix.join(posix.dirname(htmlPath), path));
}

/** "assets/CooperationMap-CtoYIGBX.js" -> "CooperationMap": the chunk's name without Vite's 8-character hash. */
export function chunkName(path: string): string {
  const base = posix.basename(path);
  return /^(.+)-[\w-]{8}\.(?:js|css)$/.exec(base)?.[1] ?? base.replace(/\.(?:js|css)$/, '');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
