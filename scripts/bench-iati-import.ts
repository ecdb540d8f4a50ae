// Times the IATI reader on a SYNTHETIC ~10 MB file (the shared real activities repeated), in Node:
// `tsx scripts/bench-iati-import.ts [megabytes, default 10] [--runs 3]`. Prints the XML parse alone
// and the whole readIatiFile (parse + read + rule + mapping), median of the runs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIatiFile } from '../src/data/import/iati/read-iati';
import { parseXmlSafely } from '../src/data/import/xml/safe-xml';
import { syntheticIatiFile } from './synthetic/iati-file';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
const megabytes = Number(process.argv.slice(2).find((arg) => /^\d+(\.\d+)?$/.test(arg)) ?? 10);
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

function time(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const file = syntheticIatiFile(SHARED, megabytes * 1024 * 1024);
console.log(
  `synthetic IATI file: ${(file.text.length / 1024 / 1024).toFixed(1)} MB, ${file.activities} activities`,
);
const parse = median(
  Array.from({ length: runs }, () => time(() => parseXmlSafely(file.text, 'synthetic.xml'))),
);
let taken = 0;
const whole = median(
  Array.from({ length: runs }, () =>
    time(() => {
      const outcome = readIatiFile({ name: 'synthetic.xml', text: file.text });
      taken = outcome.ok ? outcome.report.taken.length : -1;
    }),
  ),
);
console.log(`XML parse (xmldom):  ${parse.toFixed(0)} ms`);
console.log(`readIatiFile:        ${whole.toFixed(0)} ms (${taken} activities taken)`);
