// One source per document: a source whose id or URL is already listed is the same document.
import type { Source } from '../../schema/entities';

export interface SourceMerge {
  sources: Source[];
  /** Imported source id -> the id of the source already listed with the same URL. */
  remap: Map<string, string>;
}

export function mergeSources(base: readonly Source[], imported: readonly Source[]): SourceMerge {
  const sources = [...base];
  const ids = new Set(base.map((source) => source.id));
  const byUrl = new Map(base.map((source) => [source.url, source.id]));
  const remap = new Map<string, string>();
  for (const source of imported) {
    if (ids.has(source.id)) continue;
    const sameUrl = byUrl.get(source.url);
    if (sameUrl !== undefined) {
      remap.set(source.id, sameUrl);
      continue;
    }
    sources.push(source);
    ids.add(source.id);
    byUrl.set(source.url, source.id);
  }
  return { sources, remap };
}
