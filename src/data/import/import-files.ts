// The importer's entry point: files in, one valid dataset (or the reasons there is none) out.
// Pure: no file system and no DOM; the CLI (scripts/import.ts) and the app's worker both call it.
import type { Dataset } from '../schema/dataset';
import { problemLocation, validateDataset, type DatasetProblem } from '../schema/validate';
import { detectFormat } from './detect-format';
import { readFtsJson } from './fts/read-fts';
import { readIatiFile } from './iati/read-iati';
import { mergeImports, type MergePart } from './merge';
import {
  MAX_IMPORT_CHARS,
  type FileReport,
  type ImportFile,
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
} from './types';

type FileOutcome =
  { ok: true; part: MergePart; report: FileReport } | { ok: false; problems: ImportProblem[] };

/**
 * Turns files (IATI XML, FTS JSON or our dataset JSON) into one valid dataset, merged into
 * `options.into` when given. Every file is read before giving up, so all problems come at once.
 */
export function importFiles(files: ImportFile[], options: ImportOptions = {}): ImportResult {
  if (files.length === 0)
    return { ok: false, problems: [{ file: '', message: 'no file given' }], reports: [] };
  const progress = options.onProgress ?? (() => undefined);
  const fileCount = files.length;
  const parts: MergePart[] = [];
  const reports: FileReport[] = [];
  const problems: ImportProblem[] = [];
  files.forEach((file, fileIndex) => {
    progress({ stage: 'reading', fileIndex, fileCount, file: file.name });
    const outcome = readFile(file);
    if (!outcome.ok) {
      problems.push(...outcome.problems);
      return;
    }
    parts.push(outcome.part);
    reports.push(outcome.report);
  });
  if (problems.length > 0) return { ok: false, problems, reports };

  progress({ stage: 'merging', fileIndex: fileCount - 1, fileCount });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const merged = mergeImports(parts, { ...(options.into ? { base: options.into } : {}), today });
  if (!merged.ok) return { ok: false, problems: merged.problems, reports };
  merged.duplicates.forEach((found, index) => reports[index]?.duplicates.push(...found));

  // The merge is built to the contract; checking it anyway means a bug shows here, not in the app.
  progress({ stage: 'validating', fileIndex: fileCount - 1, fileCount });
  const checked = validateDataset(merged.dataset);
  if (!checked.ok) {
    return {
      ok: false,
      problems: checked.problems.map((problem) => asImportProblem('the merged dataset', problem)),
      reports,
    };
  }
  return { ok: true, dataset: checked.dataset, reports };
}

function readFile(file: ImportFile): FileOutcome {
  if (file.text.length > MAX_IMPORT_CHARS) {
    const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    return {
      ok: false,
      problems: [
        {
          file: file.name,
          message: `is too large to import (${megabytes(file.text.length)}; the limit is ${megabytes(MAX_IMPORT_CHARS)}): split it into smaller files`,
        },
      ],
    };
  }
  const detection = detectFormat(file.name, file.text);
  if (!detection.ok) return { ok: false, problems: [detection.problem] };
  if (detection.format === 'iati') return fromReader(readIatiFile(file), file.name, 'iati');
  if (detection.format === 'fts')
    return fromReader(readFtsJson(file.name, detection.json, file.text), file.name, 'fts');
  return readDatasetFile(file.name, detection.json);
}

function fromReader(
  outcome: ReturnType<typeof readIatiFile>,
  file: string,
  format: 'iati' | 'fts',
): FileOutcome {
  if (!outcome.ok) return outcome;
  return { ok: true, part: { file, format, fragment: outcome.fragment }, report: outcome.report };
}

// A dataset file is merged as it is, after the same check the app makes.
function readDatasetFile(file: string, json: unknown): FileOutcome {
  const checked = validateDataset(json);
  if (!checked.ok)
    return { ok: false, problems: checked.problems.map((problem) => asImportProblem(file, problem)) };
  const dataset: Dataset = checked.dataset;
  const { organisations, sources, records, countries } = dataset;
  return {
    ok: true,
    part: {
      file,
      format: 'dataset',
      fragment: { organisations, sources, records },
      countries,
      publisher: dataset.meta.publisher,
    },
    report: {
      file,
      format: 'dataset',
      read: records.length,
      taken: [],
      leftOut: [],
      duplicates: [],
      repairs: [],
    },
  };
}

function asImportProblem(file: string, problem: DatasetProblem): ImportProblem {
  return {
    file,
    ...(problem.itemId === undefined ? {} : { item: problem.itemId }),
    path: problemLocation({ ...problem, itemId: undefined }),
    message: problem.message,
  };
}
