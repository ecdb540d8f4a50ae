import type { FormatOutcome, ImportFile } from '../types';

/** Reads an OCHA FTS flow-search response into a fragment of our dataset, with its report. */
export function readFtsFile(file: ImportFile): FormatOutcome {
  // Placeholder until the FTS reader lands (feat/fts).
  return { ok: false, problems: [{ file: file.name, message: 'FTS files cannot be read yet' }] };
}
