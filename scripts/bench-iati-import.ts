// Times the IATI reader on a SYNTHETIC ~10 MB file (the shared real activities repeated), in Node:
// `tsx scripts/bench-iati-import.ts [megabytes, default 10] [--runs 3]`. Prints the XML parse alone
// and the whole readIatiFile (parse + read + rule + mapping), median of the runs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIatiFile } from '../src/data/import/iati/read-iati';
import { parseXmlSafely } from '../src/data/import/xml/safe-xml';
import { parseIatiBenchArgs } from './bench/iati-bench-args';
import { repeat, type Timing } from './bench/cpu-timing';
import { syntheticIatiFile } from './synthetic/iati-file';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
const { megabytes, runs } = parseIatiBenchArgs(process.argv.slice(2));

function shown(timing: Timing): string {
  return `${timing.wallMs.toFixed(0)} ms wall, ${timing.cpuMs.toFixed(0)} ms CPU`;
}

const file = syntheticIatiFile(SHARED, megabytes * 1024 * 1024);
console.log(
  `synthetic IATI file: ${(file.text.length / 1024 / 1024).toFixed(1)} MB, ${file.activities} activities`,
);
const parse = repeat(runs, () => parseXmlSafely(file.text, 'synthetic.xml'));
let taken = 0;
const whole = repeat(runs, () => {
  const outcome = readIatiFile({ name: 'synthetic.xml', text: file.text });
  taken = outcome.ok ? outcome.report.taken.length : -1;
});
console.log(`XML parse (xmldom):  ${shown(parse)}`);
console.log(`readIatiFile:        ${shown(whole)} (${taken} activities taken)`);
