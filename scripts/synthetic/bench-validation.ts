// How load + validation time grows with dataset size, in Node:
// `tsx scripts/synthetic/bench-validation.ts [sizes, default 1000,10000,100000] [--runs 3]`.
// For each size: JSON.parse + validateDataset (what the app does at the edge), median of the runs,
// then the same work split into its parts so the slow part is visible. Prints a Markdown table.
import { CountrySchema, OrganisationSchema, SourceSchema } from '../../src/data/schema/entities';
import { CooperationRecordSchema } from '../../src/data/schema/records';
import { findReferenceProblems, type CheckedLists, type RawLists } from '../../src/data/schema/references';
import { validateDataset } from '../../src/data/schema/validate';
import { repeat, type Timing } from '../bench/cpu-timing';
import { generateDataset } from './dataset';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1]);
const positional = args.filter((_, index) => runsAt === -1 || (index !== runsAt && index !== runsAt + 1));
const sizes = (positional[0] ?? '1000,10000,100000').split(',').map(Number);

// Warm the JIT first, so that the smallest size does not carry the compile time of the validator.
const warmUp = JSON.stringify(generateDataset({ records: 500, seed: 2 }));
for (let i = 0; i < 5; i += 1) validateDataset(JSON.parse(warmUp));

const round = (ms: number) => String(Math.round(ms));
console.log(`Median of ${runs} runs, Node ${process.version}; wall ms (CPU ms).`);
console.log('');
console.log(
  '| records | JSON MB | parse + validate | JSON.parse | validateDataset | zod per item | reference checks |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const text = JSON.stringify(generateDataset({ records: size, seed: 1 }));
  const total = repeat(runs, () => {
    const result = validateDataset(JSON.parse(text));
    if (!result.ok) throw new Error(`generated dataset of ${size} records is invalid`);
  });
  const parse = repeat(runs, () => JSON.parse(text));
  const raw = JSON.parse(text) as RawLists;
  const validate = repeat(runs, () => validateDataset(raw));
  let lists: CheckedLists | undefined;
  const items = repeat(runs, () => {
    lists = {
      countries: raw.countries.map((item) => CountrySchema.parse(item)),
      organisations: raw.organisations.map((item) => OrganisationSchema.parse(item)),
      sources: raw.sources.map((item) => SourceSchema.parse(item)),
      records: raw.records.map((item) => CooperationRecordSchema.parse(item)),
    };
  });
  const references = repeat(runs, () => findReferenceProblems(lists as CheckedLists, raw));
  const cell = (t: Timing) => `${round(t.wallMs)} (${round(t.cpuMs)})`;
  console.log(
    `| ${size} | ${(Buffer.byteLength(text) / 1e6).toFixed(1)} | ${cell(total)} | ${cell(parse)} | ` +
      `${cell(validate)} | ${cell(items)} | ${cell(references)} |`,
  );
}
