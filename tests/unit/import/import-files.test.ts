import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/import/import-files';
import { MAX_IMPORT_CHARS, type ImportProgress } from '../../../src/data/import/types';
import { validateDataset } from '../../../src/data/schema/validate';
import { FTS_FILE, readShared, REPO_ROOT } from './shared-data';

const TODAY = '2026-12-06';
const fts = { name: 'mine-action-flows-2020.fts.json', text: readShared(FTS_FILE) };
// The bundled dataset as it was hand-entered: the records it imported from the shared files are
// what these tests import again.
const bundled = JSON.parse(readFileSync(`${REPO_ROOT}/mocks/data/dataset.json`, 'utf8')) as {
  records: { id: string }[];
};
const sample = { ...bundled, records: bundled.records.filter((r) => !/^(fts|iati)-/.test(r.id)) };

describe('importFiles', () => {
  it('turns the real FTS file into a dataset that passes the validator', () => {
    const result = importFiles([fts], { today: TODAY });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(validateDataset(result.dataset).ok).toBe(true);
    expect(result.dataset.records).toHaveLength(14);
    expect(result.dataset.meta.asOf).toBe(TODAY);
    expect(result.reports).toMatchObject([{ file: fts.name, format: 'fts', read: 14 }]);
  });

  it('merges into the sample dataset: every base record kept, known operators recognised', () => {
    const base = validateDataset(sample);
    if (!base.ok) throw new Error('sample dataset invalid');
    const result = importFiles([fts], { into: base.dataset, today: TODAY });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(validateDataset(result.dataset).ok).toBe(true);
    expect(result.dataset.records).toHaveLength(base.dataset.records.length + 14);
    const halo = result.dataset.records.find((r) => r.id === 'fts-flow-195701');
    expect(halo?.parties).toContainEqual({ organisation: 'halo-trust', role: 'implementer' });
    const japan = result.dataset.records.find((r) => r.id === 'fts-flow-207497');
    expect(japan?.parties).toContainEqual({ organisation: 'gov-japan', role: 'donor' });
  });

  it('reads a dataset file as one of the inputs', () => {
    const result = importFiles([{ name: 'sample.json', text: JSON.stringify(sample) }, fts], {
      today: TODAY,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.reports.map((r) => r.format)).toEqual(['dataset', 'fts']);
    expect(result.dataset.meta.publisher).toMatch(/^Mine Action Cooperation Dashboard project; /);
    expect(result.dataset.meta.publisher).toContain('Germany, Government of');
    expect(validateDataset(result.dataset).ok).toBe(true);
  });

  it('reports the same flows in a second file as duplicates', () => {
    const result = importFiles([fts, { ...fts, name: 'again.json' }], { today: TODAY });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.records).toHaveLength(14);
    expect(result.reports[1]?.duplicates).toHaveLength(14);
  });

  it('collects the problems of every bad file, each naming its file', () => {
    const result = importFiles(
      [
        { name: 'garbage.txt', text: 'not data' },
        fts,
        { name: 'bad-dataset.json', text: '{"schemaVersion": "1.0", "meta": {}}' },
      ],
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const files = new Set(result.problems.map((p) => p.file));
    expect(files).toEqual(new Set(['garbage.txt', 'bad-dataset.json']));
  });

  it('refuses a file over the size limit before parsing it', () => {
    const big = { name: 'big.json', text: ' '.repeat(MAX_IMPORT_CHARS + 1) };
    const result = importFiles([big]);
    expect(result).toMatchObject({ ok: false, problems: [{ file: 'big.json' }] });
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/too large/);
  });

  it('reports progress file by file, then the merge and the check', () => {
    const seen: ImportProgress[] = [];
    importFiles([fts, fts], { today: TODAY, onProgress: (progress) => seen.push(progress) });
    expect(seen.map((p) => `${p.stage}:${p.fileIndex}`)).toEqual([
      'reading:0',
      'reading:1',
      'merging:1',
      'validating:1',
    ]);
  });

  it('says when there is no file', () => {
    expect(importFiles([])).toMatchObject({ ok: false, problems: [{ message: 'no file given' }] });
  });
});
