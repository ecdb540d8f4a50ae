// The real open data the importers are tested on lives beside the repository, in ../shared
// (or wherever SHARED_DIR points), and is never edited.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const SHARED_DIR = process.env.SHARED_DIR ?? resolve(repoRoot, '../shared');
export const FTS_FILE = join(SHARED_DIR, 'data/fts/mine-action-flows-2020.fts.json');
export const REPO_ROOT = repoRoot;

export function readShared(path: string): string {
  return readFileSync(path, 'utf8');
}
