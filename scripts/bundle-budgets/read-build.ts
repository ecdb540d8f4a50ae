import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { chunkName, readChunkImports, readPageAssets, type ChunkLinks, type PageAssets } from './parse-build';

/** A production build in dist/, as the budget check sees it. */
export interface Build {
  /** Where chunk links come from: Vite's manifest (exact, with each chunk's CSS) or the import statements. */
  source: 'manifest' | 'imports';
  page(htmlPath: string): PageAssets;
  links(chunkPath: string): ChunkLinks;
  /** The chunk's name as Vite gives it ("CooperationMap"), for matching budgets. */
  name(chunkPath: string): string;
  /** Size after gzip at level 9: what a static host that compresses ahead of time would send. */
  gzipBytes(path: string): number;
}

// Vite writes this with `build.manifest: true` (or `vite build --manifest`).
const MANIFEST_PATH = '.vite/manifest.json';

const ManifestSchema = z.record(
  z.string(),
  z.looseObject({
    file: z.string(),
    name: z.string().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);

/** Reads dist/, using Vite's manifest when the build wrote one and import statements otherwise. */
export function readBuild(dist: string): Build {
  const read = (path: string) => {
    const full = join(dist, path);
    if (!existsSync(full)) throw new Error(`${full} not found: run \`vite build\` first`);
    return readFileSync(full);
  };
  const gzipped = new Map<string, number>();
  const gzipBytes = (path: string) => {
    let size = gzipped.get(path);
    if (size === undefined) {
      size = gzipSync(read(path), { level: 9 }).length;
      gzipped.set(path, size);
    }
    return size;
  };
  const parsed = new Map<string, ChunkLinks>();
  const fromImports = (path: string): ChunkLinks => {
    let links = parsed.get(path);
    if (links === undefined) {
      links = { ...readChunkImports(read(path).toString('utf8'), path), css: undefined };
      parsed.set(path, links);
    }
    return links;
  };
  const page = (htmlPath: string) => readPageAssets(read(htmlPath).toString('utf8'), htmlPath);

  const manifestFile = join(dist, MANIFEST_PATH);
  if (!existsSync(manifestFile)) {
    return { source: 'imports', page, links: fromImports, name: chunkName, gzipBytes };
  }
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const byFile = new Map(Object.values(manifest).map((entry) => [entry.file, entry]));
  const fileOf = (key: string) => {
    const entry = manifest[key];
    if (entry === undefined) throw new Error(`${MANIFEST_PATH} refers to "${key}", which it does not list`);
    return entry.file;
  };
  return {
    source: 'manifest',
    page,
    links: (path) => {
      const entry = byFile.get(path);
      if (entry === undefined) return fromImports(path);
      return {
        imports: (entry.imports ?? []).map(fileOf),
        dynamicImports: (entry.dynamicImports ?? []).map(fileOf),
        css: entry.css ?? [],
      };
    },
    name: (path) => byFile.get(path)?.name ?? chunkName(path),
    gzipBytes,
  };
}
