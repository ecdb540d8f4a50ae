import { describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../../scripts/import-args';

describe('parseImportArgs', () => {
  it('reads --into, --out and the files in any order', () => {
    expect(parseImportArgs(['a.xml', '--out', 'o.json', '--into', 'b.json', 'c.json'])).toEqual({
      ok: true,
      help: false,
      into: 'b.json',
      out: 'o.json',
      files: ['a.xml', 'c.json'],
    });
  });

  it.each([
    [['--out', 'o.json'], 'no file to import'],
    [['a.xml'], '--out is required'],
    [['--out'], '--out needs a file name'],
    [['--into', '--out', 'o.json', 'a.xml'], '--into needs a file name'],
    [['--force', '--out', 'o.json', 'a.xml'], 'unknown option --force'],
  ])('refuses %j: %s', (argv, error) => {
    expect(parseImportArgs(argv)).toEqual({ ok: false, error });
  });

  it('asks for help', () => {
    expect(parseImportArgs(['--help'])).toEqual({ ok: true, help: true });
  });
});
