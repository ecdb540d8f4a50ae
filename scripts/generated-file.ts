// Writes a generated file, or with --check says whether the committed one is up to date (npm test
// runs the checks, so a change to what a file is generated from cannot land without it).
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(target: string, generated: string, staleHint: string, freshNote: string): void {
  if (!process.argv.includes('--check')) {
    writeFileSync(target, generated);
    console.log(`wrote ${target}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== generated) {
    console.error(`${target} is out of date ${staleHint}`);
    process.exitCode = 1;
  } else {
    console.log(`${target} ${freshNote}`);
  }
}
