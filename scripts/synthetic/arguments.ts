import { relative, resolve, sep } from 'node:path';

export interface GenerateOptions {
  records: number;
  seed: number;
  out: string;
  pretty: boolean;
}

const USAGE = 'usage: generate-data --records N --seed S --out FILE [--pretty]';
// The shipped dataset and the public folder must never receive invented data by accident.
const PROTECTED_FOLDERS = ['mocks', 'public'];

/** Reads the command line; returns a message instead when it is not usable. */
export function parseArguments(args: readonly string[], root: string): GenerateOptions | string {
  const values = new Map<string, string>();
  let pretty = false;
  for (let i = 0; i < args.length; i += 1) {
    const name = args[i];
    if (name === '--pretty') {
      pretty = true;
      continue;
    }
    const value = args[i + 1];
    if (name === undefined || !['--records', '--seed', '--out'].includes(name) || value === undefined) {
      return `unknown or incomplete option "${name ?? ''}"\n${USAGE}`;
    }
    values.set(name, value);
    i += 1;
  }
  const records = Number(values.get('--records'));
  const seed = Number(values.get('--seed') ?? '1');
  const out = values.get('--out');
  if (!Number.isInteger(records) || records < 1) return `--records must be a positive whole number\n${USAGE}`;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return `--seed must be a whole number from 0 to 4294967295\n${USAGE}`;
  }
  if (out === undefined) return `--out is required\n${USAGE}`;
  const inside = relative(root, resolve(root, out));
  const folder = inside.split(sep)[0];
  if (!inside.startsWith('..') && folder !== undefined && PROTECTED_FOLDERS.includes(folder)) {
    return `refusing to write synthetic data into ${folder}/: it must never ship as the real dataset`;
  }
  return { records, seed, out, pretty };
}
