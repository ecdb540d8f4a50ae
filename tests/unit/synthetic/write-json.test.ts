// @vitest-environment node
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset, generateDatasetParts } from '../../../scripts/synthetic/dataset';
import { writeDatasetJson } from '../../../scripts/synthetic/write-json';

describe('writeDatasetJson', () => {
  it('writes record by record the same text as stringifying the whole dataset', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'dataset.json');
    const bytes = writeDatasetJson(file, generateDatasetParts({ records: 150, seed: 9 }));
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(JSON.stringify(generateDataset({ records: 150, seed: 9 })));
    expect(bytes).toBe(Buffer.byteLength(text));
  });
});
