// Checks dataset files against the data contract: `npm run validate-data -- <file> [<file> ...]`.
// Prints every problem with the record id and field path; exits 1 if any file is invalid.
import { readFileSync } from 'node:fs';
import { formatProblem, validateDataset } from '../src/data/schema/validate';

const DEFAULT_DATASET = 'mocks/data/dataset.json';

function checkFile(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as Error).message})`);
    return false;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    console.error(`${file}: is not valid JSON (${(error as Error).message})`);
    return false;
  }
  const result = validateDataset(json);
  if (result.ok) {
    const { records, countries, organisations, sources } = result.dataset;
    console.log(
      `${file}: valid: ${records.length} records, ${countries.length} countries, ` +
        `${organisations.length} organisations, ${sources.length} sources`,
    );
    return true;
  }
  console.error(`${file}: ${result.problems.length} problem(s)`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  return false;
}

const files = process.argv.slice(2);
const results = (files.length > 0 ? files : [DEFAULT_DATASET]).map(checkFile);
process.exitCode = results.every(Boolean) ? 0 : 1;
