// Imports open data into a dataset: `npm run import -- [--into BASE.json] --out OUT.json FILE...`.
// The work is done by src/data/import (the same core the app's worker runs); this script reads the
// files, prints the report and writes the result only when everything succeeded.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatImportProblem, formatReport } from '../src/data/import/format-report';
import { importFiles } from '../src/data/import/import-files';
import type { ImportFile } from '../src/data/import/types';
import type { Dataset } from '../src/data/schema/dataset';
import { formatProblem, validateDataset } from '../src/data/schema/validate';
import { IMPORT_USAGE, parseImportArgs } from './import-args';

function main(argv: readonly string[]): number {
  const args = parseImportArgs(argv);
  if (!args.ok) {
    console.error(`import: ${args.error}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }

  const errors: string[] = [];
  const files = args.files.flatMap((name): ImportFile[] => {
    const text = readText(name, errors);
    return text === undefined ? [] : [{ name, text }];
  });
  const into = args.into === undefined ? undefined : readBase(args.into, errors);
  if (errors.length > 0) return fail(errors);

  const result = importFiles(files, into === undefined ? {} : { into });
  for (const report of result.reports) console.log(formatReport(report).join('\n'));
  if (!result.ok) return fail(result.problems.map(formatImportProblem));

  try {
    writeAtomically(args.out, `${JSON.stringify(result.dataset, null, 2)}\n`);
  } catch (error) {
    return fail([`${args.out}: cannot be written (${(error as Error).message})`]);
  }
  const { records, organisations, countries, sources } = result.dataset;
  console.log(
    `Wrote ${args.out}: ${records.length} records, ${organisations.length} organisations, ` +
      `${countries.length} countries, ${sources.length} sources.`,
  );
  return 0;
}

function readText(file: string, errors: string[]): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    errors.push(`${file}: cannot be read (${(error as Error).message})`);
    return undefined;
  }
}

function readBase(file: string, errors: string[]): Dataset | undefined {
  const text = readText(file, errors);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push(`${file}: is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  const checked = validateDataset(json);
  if (checked.ok) return checked.dataset;
  errors.push(...checked.problems.map((problem) => `${file}: ${formatProblem(problem)}`));
  return undefined;
}

// A reader of OUT never sees half a file: write beside it, then rename over it.
function writeAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function fail(messages: readonly string[]): number {
  console.error(`import failed; nothing was written:`);
  for (const message of messages) console.error(`  ${message}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
