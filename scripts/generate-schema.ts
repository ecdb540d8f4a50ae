// Writes the JSON Schema of the data contract, generated from the zod schemas, so partners can
// produce datasets without reading our code. `npm run generate-schema` writes it; `-- --check`
// fails when the committed file is out of date (the test suite runs that).
import { z } from 'zod';
import { DatasetSchema } from '../src/data/schema/dataset';
import { writeOrCheck } from './generated-file';

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

writeOrCheck(
  TARGET,
  generate(),
  'with src/data/schema: run npm run generate-schema',
  'matches the zod schemas',
);
