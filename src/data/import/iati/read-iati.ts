import type { FormatOutcome, ImportFile } from '../types';

/** Reads an IATI activity file (2.0x or 1.0x) into a fragment of our dataset, with its report. */
export function readIatiFile(file: ImportFile): FormatOutcome {
  // Placeholder until the IATI reader lands (feat/iati).
  return { ok: false, problems: [{ file: file.name, message: 'IATI files cannot be read yet' }] };
}
