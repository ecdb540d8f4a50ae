// @vitest-environment node
// The IATI reader on a SYNTHETIC ~10 MB file (the real shared activities repeated with altered
// identifiers, built in memory). The target is 3 s in Node on a quiet machine; the bound here is
// loose because test runs share the machine. `npm run bench:iati-import` prints the figures.
import { describe, expect, it } from 'vitest';
import { readIatiFile } from '../../../src/data/import/iati/read-iati';
import { syntheticIatiFile } from '../../../scripts/synthetic/iati-file';
import { SHARED_DIR } from './shared-data';

describe('reading a 10 MB IATI file', () => {
  it('reads every activity, decides each, and stays within a loose time bound', () => {
    const file = syntheticIatiFile(SHARED_DIR, 10 * 1024 * 1024);
    const started = performance.now();
    const outcome = readIatiFile({ name: 'synthetic.xml', text: file.text });
    const elapsed = performance.now() - started;
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    expect(outcome.report.read).toBe(file.activities);
    // 8 + 10 of the 29 real activities are taken in each copy.
    expect(outcome.report.taken).toHaveLength(18 * file.copies);
    expect(outcome.fragment.records).toHaveLength(18 * file.copies);
    expect(elapsed).toBeLessThan(15_000);
  }, 30_000);
});
