// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/schema/validate';

const folder = mkdtempSync(join(tmpdir(), 'generate-data-'));

function generate(...args: string[]) {
  const run = spawnSync('./node_modules/.bin/tsx', ['scripts/generate-data.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// The command people run: `npm run generate-data -- --records N --seed S --out FILE`. One spawn only:
// tsx takes a second to start; the options and the writer are tested in-process (tests/unit/synthetic).
describe('generate-data', { timeout: 30_000 }, () => {
  it('writes a valid compact dataset and prints a one-line summary', () => {
    const out = join(folder, 'small.json');
    const run = generate('--records', '120', '--seed', '3', '--out', out);
    expect(run.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('\n');
    const result = validateDataset(JSON.parse(text));
    expect(result.ok).toBe(true);
    const summary = run.stdout.trim();
    expect(summary.split('\n')).toHaveLength(1);
    const counts = /120 records \((\d+) partnerships, (\d+) trainings, (\d+) events\), 150 countries/.exec(
      summary,
    );
    expect(counts?.slice(1).reduce((sum, count) => sum + Number(count), 0)).toBe(120);
    expect(summary).toContain(`${result.ok ? result.dataset.organisations.length : -1} organisations`);
    expect(summary).toMatch(/\d+\.\d MB, \d+\.\d\d s \(seed 3\)/);
  });
});
