// The import CLI's arguments, parsed without side effects so they can be tested.

export const IMPORT_USAGE = `Usage: npm run import -- [--into BASE.json] --out OUT.json FILE...

Reads IATI activity files (XML), OCHA FTS flow-search responses (JSON) and datasets (JSON),
keeps the items that are mine action, merges them (into BASE.json when given) and writes OUT.json,
only if every file was read and the result passes the data contract.

  --into BASE.json   dataset to merge into; all of its records are kept
  --out OUT.json     where to write the merged dataset (required)
  --help             show this message`;

export type ImportArgs =
  | { ok: true; help: false; into?: string; out: string; files: string[] }
  | { ok: true; help: true }
  | { ok: false; error: string };

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  let into: string | undefined;
  let out: string | undefined;
  const files: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    if (arg === '--into' || arg === '--out') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--'))
        return { ok: false, error: `${arg} needs a file name` };
      if (arg === '--into') into = value;
      else out = value;
      index += 1;
      continue;
    }
    if (arg.startsWith('-')) return { ok: false, error: `unknown option ${arg}` };
    files.push(arg);
  }
  if (out === undefined) return { ok: false, error: '--out is required' };
  if (files.length === 0) return { ok: false, error: 'no file to import' };
  return { ok: true, help: false, ...(into === undefined ? {} : { into }), out, files };
}
