import { validateDataset, formatProblem } from '../schema/validate';
import { MAX_IMPORT_CHARS, type ImportFile, type ImportOptions, type ImportResult } from './types';

/**
 * Turns files (IATI XML, FTS JSON or our dataset JSON) into one valid dataset, merged into
 * `options.into` when given. Pure: the CLI and the app's worker both call it.
 */
export function importFiles(files: ImportFile[], options: ImportOptions = {}): ImportResult {
  // Placeholder until detection, the format readers and the merge land (feat/fts): reads one dataset file.
  const [file] = files;
  if (file === undefined)
    return { ok: false, problems: [{ file: '', message: 'no file given' }], reports: [] };
  if (file.text.length > MAX_IMPORT_CHARS) {
    return { ok: false, problems: [{ file: file.name, message: 'file too large' }], reports: [] };
  }
  void options;
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return { ok: false, problems: [{ file: file.name, message: (error as Error).message }], reports: [] };
  }
  const result = validateDataset(json);
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems.map((problem) => ({ file: file.name, message: formatProblem(problem) })),
      reports: [],
    };
  }
  const report = {
    file: file.name,
    format: 'dataset' as const,
    read: result.dataset.records.length,
    taken: [],
    leftOut: [],
    duplicates: [],
    repairs: [],
  };
  return { ok: true, dataset: result.dataset, reports: [report] };
}
