// Writes the JSON Schema of the data contract, generated from the zod schemas, so partners can
// produce datasets without reading our code. `npm run generate-schema` writes it; `-- --check`
// fails when the committed file is out of date (the test suite runs that).
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DatasetSchema } from '../src/data/schema/dataset';

const TARGET = 'mocks/data/dataset.schema.json';

function generate(): string {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
  const document = {
    ...schema,
    title: 'Mine action cooperation dataset',
    description:
      'The data contract of the Mine Action Cooperation Dashboard. Beyond this schema, the validator ' +
      '(npm run validate-data) checks that ids are unique, that references point at existing ' +
      'countries, organisations and sources, and that disputed records explain the disagreement.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const generated = generate();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== generated) {
    console.error(`${TARGET} is out of date with src/data/schema: run npm run generate-schema`);
    process.exitCode = 1;
  } else {
    console.log(`${TARGET} matches the zod schemas`);
  }
} else {
  writeFileSync(TARGET, generated);
  console.log(`wrote ${TARGET}`);
}
