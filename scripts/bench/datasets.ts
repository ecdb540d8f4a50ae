import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetSize } from './options';

// Generated datasets are kept between runs (bench-results/ is git-ignored): the generator is
// deterministic for a seed, so a file of the same size and seed is the same file.
const DATASET_FOLDER = 'bench-results/datasets';

/** The synthetic dataset of a size and seed, generated on first use. */
export function syntheticDataset(records: number, seed: number): string {
  const file = join(DATASET_FOLDER, `synthetic-${records}-seed${seed}.json`);
  if (existsSync(file)) return file;
  mkdirSync(DATASET_FOLDER, { recursive: true });
  const run = spawnSync(
    './node_modules/.bin/tsx',
    ['scripts/generate-data.ts', '--records', String(records), '--seed', String(seed), '--out', file],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`generating ${records} records failed`);
  return file;
}

export interface BuildCopy {
  folder: string;
  remove: () => void;
}

/** A copy of the build whose dataset is the given size, as an operator would deploy it; remove() deletes it. */
export function buildWithDataset(dist: string, size: DatasetSize, seed: number): BuildCopy {
  return buildWithDatasetFile(dist, size === 'bundled' ? null : syntheticDataset(size, seed));
}

/** A copy of the build with `datasetFile` in place of its dataset (null keeps the bundled one). */
export function buildWithDatasetFile(dist: string, datasetFile: string | null): BuildCopy {
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-bench-'));
  cpSync(dist, folder, { recursive: true, filter: (source) => !source.endsWith('.map') });
  if (datasetFile !== null) cpSync(datasetFile, join(folder, 'api/v1/dataset.json'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
