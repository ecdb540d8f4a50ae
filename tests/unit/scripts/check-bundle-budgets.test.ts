// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureRoute } from '../../../scripts/bundle-budgets/measure';
import { readBuild } from '../../../scripts/bundle-budgets/read-build';
import { runBudgetCheck } from '../../../scripts/bundle-budgets/run';
import { createRandom } from '../../../scripts/synthetic/random';

// Incompressible filler, so that a file's gzipped size is close to its length and budgets can be
// set just above or below it.
function filler(characters: number, seed: number): string {
  const random = createRandom(seed);
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return `/*${Array.from({ length: characters }, () => alphabet[random.int(0, alphabet.length - 1)]).join('')}*/`;
}

// A tiny build shaped like Vite's: an entry with a preloaded vendor chunk that imports a shared
// chunk, two lazy chunks (the map one with its own library chunk and stylesheet), and the page CSS.
const FILES: Record<string, string> = {
  'index.html':
    '<!doctype html><html><head>\n' +
    '<script type="module" crossorigin src="./assets/index-Aa11Aa11.js"></script>\n' +
    '<link rel="modulepreload" crossorigin href="./assets/vendor-Bb22Bb22.js">\n' +
    '<link rel="stylesheet" crossorigin href="./assets/index-Cc33Cc33.css">\n' +
    '</head><body></body></html>',
  'assets/index-Aa11Aa11.js':
    'import{t as e}from"./vendor-Bb22Bb22.js";' +
    'const m=()=>import(`./CooperationMap-Dd44Dd44.js`),c=()=>import(`./ChartGallery-Ee55Ee55.js`);' +
    filler(40_000, 1),
  'assets/vendor-Bb22Bb22.js': 'import"./shared-Ff66Ff66.js";export const t=1;' + filler(30_000, 2),
  'assets/shared-Ff66Ff66.js': 'export const s=1;' + filler(10_000, 3),
  'assets/CooperationMap-Dd44Dd44.js':
    'import{t}from"./vendor-Bb22Bb22.js";import{L}from"./leaflet-Gg77Gg77.js";' + filler(20_000, 4),
  'assets/leaflet-Gg77Gg77.js': 'export const L=1;' + filler(25_000, 5),
  'assets/ChartGallery-Ee55Ee55.js': 'export default 1;' + filler(15_000, 6),
  'assets/index-Cc33Cc33.css': `body{color:red}${filler(3_000, 7)}`,
  'assets/CooperationMap-Hh88Hh88.css': `.map{color:blue}${filler(2_000, 8)}`,
};

const MANIFEST = {
  'index.html': {
    file: 'assets/index-Aa11Aa11.js',
    name: 'index',
    isEntry: true,
    imports: ['_vendor-Bb22Bb22.js'],
    dynamicImports: ['src/features/map/CooperationMap.tsx', 'src/features/charts/ChartGallery.tsx'],
    css: ['assets/index-Cc33Cc33.css'],
  },
  '_vendor-Bb22Bb22.js': {
    file: 'assets/vendor-Bb22Bb22.js',
    name: 'vendor',
    imports: ['_shared-Ff66Ff66.js'],
  },
  '_shared-Ff66Ff66.js': { file: 'assets/shared-Ff66Ff66.js', name: 'shared' },
  '_leaflet-Gg77Gg77.js': { file: 'assets/leaflet-Gg77Gg77.js', name: 'leaflet' },
  'src/features/map/CooperationMap.tsx': {
    file: 'assets/CooperationMap-Dd44Dd44.js',
    name: 'CooperationMap',
    isDynamicEntry: true,
    imports: ['_vendor-Bb22Bb22.js', '_leaflet-Gg77Gg77.js'],
    css: ['assets/CooperationMap-Hh88Hh88.css'],
  },
  'src/features/charts/ChartGallery.tsx': {
    file: 'assets/ChartGallery-Ee55Ee55.js',
    name: 'ChartGallery',
    isDynamicEntry: true,
  },
};

function fakeDist({ manifest }: { manifest: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'bundle-budgets-'));
  const dist = join(root, 'dist');
  const files: Record<string, string> = manifest
    ? { ...FILES, '.vite/manifest.json': JSON.stringify(MANIFEST) }
    : FILES;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const gzipped = (...paths: string[]) =>
  paths.reduce((sum, path) => sum + gzipSync(FILES[path] ?? '', { level: 9 }).length, 0);

const INITIAL_JS = ['assets/index-Aa11Aa11.js', 'assets/shared-Ff66Ff66.js', 'assets/vendor-Bb22Bb22.js'];
const MAP_JS = ['assets/CooperationMap-Dd44Dd44.js', 'assets/leaflet-Gg77Gg77.js'];

function budgets(initialJsGzipKb: number, mapJsGzipKb = 100, chunk = 'CooperationMap') {
  return {
    routes: { explore: { html: 'index.html', initialJsGzipKb, initialCssGzipKb: 30 } },
    chunks: {
      map: { chunk, jsGzipKb: mapJsGzipKb, cssGzipKb: 10 },
      charts: { chunk: 'ChartGallery', jsGzipKb: 100 },
    },
  };
}

function run(dist: string, budget: object) {
  const budgetsFile = join(dirname(dist), 'perf-budgets.json');
  writeFileSync(budgetsFile, JSON.stringify(budget));
  const out: string[] = [];
  const err: string[] = [];
  const code = runBudgetCheck({
    dist,
    budgetsFile,
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('measureRoute', () => {
  it.each([false, true])(
    'counts the entry and its static imports, not lazy chunks (manifest: %s)',
    (manifest) => {
      const { initial, lazy } = measureRoute(readBuild(fakeDist({ manifest })), 'explore', 'index.html');
      expect(initial.js.files).toEqual(INITIAL_JS);
      expect(initial.js.gzipBytes).toBe(gzipped(...INITIAL_JS));
      expect(initial.css.files).toEqual(['assets/index-Cc33Cc33.css']);
      const map = lazy.find((load) => load.name === 'CooperationMap');
      // The vendor chunk is already loaded, so opening the map adds only its own code and library.
      expect(map?.js.files).toEqual(MAP_JS);
      expect(map?.js.gzipBytes).toBe(gzipped(...MAP_JS));
      expect(map?.css?.files).toEqual(manifest ? ['assets/CooperationMap-Hh88Hh88.css'] : undefined);
      expect(lazy.map((load) => load.name).sort()).toEqual(['ChartGallery', 'CooperationMap']);
    },
  );
});

describe('check-bundle-budgets', () => {
  const initialKb = gzipped(...INITIAL_JS) / 1000;

  it('passes and prints a table when every load is under budget', () => {
    const result = run(fakeDist({ manifest: false }), budgets(Math.ceil(initialKb) + 1));
    expect(result.code).toBe(0);
    expect(result.out).toContain('All bundle budgets met.');
    expect(result.out).toMatch(
      new RegExp(`explore: initial \\(index\\.html\\) +4 +${initialKb.toFixed(1)} `),
    );
    expect(result.err).toBe('');
  });

  it('fails with a clear message when the initial JavaScript is over budget', () => {
    const budget = Math.floor(initialKb) - 5;
    const result = run(fakeDist({ manifest: false }), budgets(budget));
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `explore: initial JavaScript: ${initialKb.toFixed(1)} kB gzipped is over its ${budget} kB budget`,
    );
    expect(result.out).toMatch(/explore: initial .* OVER/);
  });

  it('fails when a lazy chunk is over budget', () => {
    const result = run(fakeDist({ manifest: true }), budgets(1000, 20));
    expect(result.code).toBe(1);
    expect(result.err).toContain('explore: lazy map (CooperationMap) JavaScript:');
  });

  it('fails when a budgeted chunk is missing from the build', () => {
    const result = run(fakeDist({ manifest: true }), budgets(1000, 100, 'WorldMap'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('no lazy chunk named "WorldMap"');
  });

  it("adds a view up as the page's initial JavaScript plus the chunk that draws it", () => {
    const viewKb = (gzipped(...INITIAL_JS) + gzipped(...MAP_JS)) / 1000;
    const withView = (jsGzipKb: number) => ({
      ...budgets(1000),
      views: { 'map page': { route: 'explore', chunk: 'CooperationMap', jsGzipKb } },
    });
    const within = run(fakeDist({ manifest: false }), withView(Math.ceil(viewKb) + 1));
    expect(within.code).toBe(0);
    expect(within.out).toMatch(
      new RegExp(`map page: explore initial \\+ CooperationMap +5 +${viewKb.toFixed(1)} `),
    );
    const over = run(fakeDist({ manifest: false }), withView(Math.floor(viewKb) - 5));
    expect(over.code).toBe(1);
    expect(over.err).toContain(`map page: JavaScript: ${viewKb.toFixed(1)} kB gzipped is over its`);
  });

  it('adds the other chunks a view always loads, named in its "with"', () => {
    const viewKb =
      (gzipped(...INITIAL_JS) + gzipped(...MAP_JS) + gzipped('assets/ChartGallery-Ee55Ee55.js')) / 1000;
    const result = run(fakeDist({ manifest: false }), {
      ...budgets(1000),
      views: {
        'map page': { route: 'explore', chunk: 'CooperationMap', with: ['ChartGallery'], jsGzipKb: 1000 },
      },
    });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      new RegExp(`map page: explore initial \\+ CooperationMap \\+ ChartGallery +6 +${viewKb.toFixed(1)} `),
    );
  });

  it('fails when a view names a chunk the route does not load', () => {
    const result = run(fakeDist({ manifest: false }), {
      ...budgets(1000),
      views: { 'map page': { route: 'explore', chunk: 'WorldMap', jsGzipKb: 500 } },
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain('view map page: no lazy chunk named "WorldMap" on route "explore"');
  });

  it('fails when there is no build', () => {
    const result = run(join(mkdtempSync(join(tmpdir(), 'no-build-')), 'dist'), budgets(200));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/index\.html not found: run `vite build` first/);
  });
});
