// The benchmark's imported-IATI case (issue 14): a SYNTHETIC IATI file of about 10 MB (the shared real
// activities repeated with altered identifiers: scripts/synthetic/iati-file.ts), never shipped. It is
// measured twice: imported into the bundled dataset by the same core `npm run import` runs and
// served as the dataset, like an operator who imports a national IATI file; and opened in the page
// with "Open a data file", like an analyst.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../../src/data/import/import-files';
import type { Dataset } from '../../src/data/schema/dataset';
import { syntheticIatiFile } from '../synthetic/iati-file';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
const FOLDER = 'bench-results/datasets';

export interface ImportedIati {
  /** The synthetic IATI XML, for "Open a data file". */
  xmlPath: string;
  /** The bundled dataset with the file imported into it, to serve as the dataset. */
  datasetPath: string;
  megabytes: number;
  activities: number;
  records: number;
}

/**
 * Writes the synthetic file and the dataset imported from it into bench-results/ (git-ignored).
 * Both are made afresh each run: the dataset depends on the importer's code and the bundled data.
 */
export function prepareImportedIati(bundledDatasetPath: string, megabytes: number): ImportedIati {
  const file = syntheticIatiFile(SHARED, megabytes * 1024 * 1024);
  mkdirSync(FOLDER, { recursive: true });
  const xmlPath = join(FOLDER, `synthetic-iati-${megabytes}mb.xml`);
  writeFileSync(xmlPath, file.text);
  const into = JSON.parse(readFileSync(bundledDatasetPath, 'utf8')) as Dataset;
  const result = importFiles([{ name: 'synthetic-activities.xml', text: file.text }], { into });
  if (!result.ok) {
    throw new Error(
      `importing the synthetic IATI file failed: ${JSON.stringify(result.problems.slice(0, 3))}`,
    );
  }
  const datasetPath = join(FOLDER, `imported-iati-${megabytes}mb.json`);
  writeFileSync(datasetPath, JSON.stringify(result.dataset));
  return {
    xmlPath,
    datasetPath,
    megabytes: Math.round((file.text.length / 1024 / 1024) * 10) / 10,
    activities: file.activities,
    records: result.dataset.records.length,
  };
}
