// The real open-data files live outside the repository, in the shared folder beside it
// (../shared), or wherever SHARED_DIR points; tests read them and never change them.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportFile } from '../../../src/data/import/types';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const SHARED_DIR = process.env.SHARED_DIR ?? join(REPO_ROOT, '..', 'shared');

/** A file under SHARED_DIR/data, e.g. sharedFile('iati/mine-action-activities.iati-2.03.xml'). */
export function sharedFile(path: string): ImportFile {
  return { name: path.split('/').pop() ?? path, text: readFileSync(join(SHARED_DIR, 'data', path), 'utf8') };
}

export const MINE_ACTION_FILE = 'iati/mine-action-activities.iati-2.03.xml';
export const BORDERLINE_FILE = 'iati/not-mine-action-or-borderline.iati-2.03.xml';
export const STANDARD_EXAMPLE_FILE = 'iati/synthetic-standard-example.iati-2.03.xml';
export const FTS_FILE = join(SHARED_DIR, 'data/fts/mine-action-flows-2020.fts.json');

/** A file's text by its full path. */
export function readShared(path: string): string {
  return readFileSync(path, 'utf8');
}
