import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'validate-data-'));
const sample = readFileSync('mocks/data/dataset.json', 'utf8');

function validate(name: string, contents: string) {
  const file = join(folder, name);
  writeFileSync(file, contents);
  const run = spawnSync('./node_modules/.bin/tsx', ['scripts/validate-data.ts', file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

// Only the fields these tests break; the rest of the document passes through untouched.
interface LooseRecord {
  id: string;
  title?: string;
  parties: [{ organisation?: string }];
}
interface LooseDataset {
  records: [LooseRecord, ...LooseRecord[]];
  sources: [{ url: string }];
}

function broken(change: (dataset: LooseDataset) => void): string {
  const dataset = JSON.parse(sample) as LooseDataset;
  change(dataset);
  return JSON.stringify(dataset);
}

// The command data maintainers run: `npm run validate-data -- <file>`.
describe('validate-data', { timeout: 30_000 }, () => {
  it('accepts the bundled dataset', () => {
    const run = validate('ok.json', sample);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/valid: \d+ records/);
  });

  it('rejects a file that is not JSON', () => {
    const run = validate('bad.json', sample.slice(0, 200));
    expect(run.status).toBe(1);
    expect(run.output).toContain('is not valid JSON');
  });

  it('names every problem of a broken copy with record id and field path', () => {
    let recordId = '';
    let danglingId = '';
    const run = validate(
      'broken.json',
      broken((dataset) => {
        const [first, second, third] = dataset.records as [LooseRecord, LooseRecord, LooseRecord];
        recordId = first.id;
        danglingId = third.id;
        delete first.title; // a missing field
        third.parties[0].organisation = 'nobody'; // a dangling reference
        second.id = first.id; // a duplicate id
        dataset.sources[0].url = 'javascript:alert(1)'; // a link that is not a web address
      }),
    );
    expect(run.status).toBe(1);
    expect(run.output).toContain(`records › ${recordId} › title:`);
    expect(run.output).toContain(`records › ${recordId} › id: duplicate id "${recordId}"`);
    expect(run.output).toContain(
      `records › ${danglingId} › parties[0].organisation: unknown organisation "nobody"`,
    );
    expect(run.output).toContain('url: must be an absolute http or https URL');
    expect(run.output).toMatch(/problem\(s\)/);
  });

  it('names a dangling reference in an otherwise valid file', () => {
    let recordId = '';
    const run = validate(
      'dangling.json',
      broken((dataset) => {
        recordId = dataset.records[0].id;
        dataset.records[0].parties[0].organisation = 'nobody';
      }),
    );
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      `records › ${recordId} › parties[0].organisation: unknown organisation "nobody"`,
    );
  });
});
