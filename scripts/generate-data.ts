// Writes a synthetic dataset for scale tests:
// `npm run generate-data -- --records 100000 --seed 1 --out /tmp/d.json [--pretty]`.
// The output is invented and marked synthetic; it is never written into mocks/ or public/.
import { writeFileSync } from 'node:fs';
import type { CooperationRecord } from '../src/data/schema/records';
import type { RecordType } from '../src/data/schema/vocabulary';
import { parseArguments } from './synthetic/arguments';
import { generateDatasetParts } from './synthetic/dataset';
import { writeDatasetJson } from './synthetic/write-json';

function main(): void {
  const options = parseArguments(process.argv.slice(2), process.cwd());
  if (typeof options === 'string') {
    console.error(options);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const byType: Record<RecordType, number> = { partnership: 0, training: 0, event: 0 };
  const count = (record: CooperationRecord) => {
    byType[record.type] += 1;
  };
  const parts = generateDatasetParts(options);
  let bytes: number;
  if (options.pretty) {
    // Pretty output is for reading small samples; it holds the whole dataset in memory.
    const dataset = { ...parts.frame, records: [...counted(parts.records, count)] };
    const text = `${JSON.stringify(dataset, null, 2)}\n`;
    writeFileSync(options.out, text);
    bytes = Buffer.byteLength(text);
  } else {
    bytes = writeDatasetJson(options.out, { frame: parts.frame, records: counted(parts.records, count) });
  }
  const seconds = (performance.now() - started) / 1000;
  const records = byType.partnership + byType.training + byType.event;
  console.log(
    `${options.out}: ${records} records (${byType.partnership} partnerships, ${byType.training} trainings, ` +
      `${byType.event} events), ${parts.frame.countries.length} countries, ` +
      `${parts.frame.organisations.length} organisations, ${parts.frame.sources.length} sources, ` +
      `${(bytes / 1_000_000).toFixed(1)} MB, ${seconds.toFixed(2)} s (seed ${options.seed})`,
  );
}

function* counted<T>(items: Iterable<T>, visit: (item: T) => void): Generator<T> {
  for (const item of items) {
    visit(item);
    yield item;
  }
}

main();
