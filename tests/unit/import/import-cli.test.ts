// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/schema/validate';
import { FTS_FILE, REPO_ROOT } from './shared-data';

function runImport(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// The command people run: `npm run import -- [--into BASE.json] --out OUT.json FILE...`. Two
// spawns only (tsx takes a second to start); arguments and reports are tested in-process.
describe('import CLI', { timeout: 60_000 }, () => {
  it('imports the real FTS file into a valid dataset and prints the report', () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-ok-'));
    const out = join(folder, 'out.json');
    const run = runImport('--out', out, FTS_FILE);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('read: 14 flows');
    expect(run.stdout).toContain('taken as mine action: 14');
    expect(run.stdout).toMatch(/Wrote .*out\.json: 14 records/);
    expect(validateDataset(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
    expect(readdirSync(folder)).toEqual(['out.json']);
  });

  it('fails on a bad file without writing anything, naming the file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-bad-'));
    const bad = join(folder, 'not-data.json');
    writeFileSync(bad, '{"hello": "world"}');
    const out = join(folder, 'out.json');
    const run = runImport('--out', out, FTS_FILE, bad);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('not-data.json');
    expect(run.stderr).toMatch(/nothing was written/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder)).toEqual(['not-data.json']);
  });
});
