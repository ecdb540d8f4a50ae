// The benchmark's command line: `npm run bench -- [--sizes bundled,1000,10000,100000] [--runs 3]
// [--changes 200] [--quick] [--no-lighthouse] [--iati-mb 10 | --no-iati] [--no-build] [--port 4191] [--out reports/bench.json]`.

/** A dataset size in records, or the dataset the build ships. */
export type DatasetSize = number | 'bundled';

export interface BenchOptions {
  sizes: DatasetSize[];
  /** Runs per size; each figure is the median over them. */
  runs: number;
  /** Runs at 100k records and more, which take minutes each. */
  largeRuns: number;
  /** Filter changes per run; latency is timed on every one, the heap read after the last. */
  changes: number;
  /** Filter changes per run at 100k records and more, where one change can take seconds. */
  largeChanges: number;
  lighthouse: boolean;
  lighthouseRuns: number;
  /** The imported-IATI case's synthetic file, in megabytes; 0 leaves the case out. */
  iatiMegabytes: number;
  build: boolean;
  /** The build to measure: compare two builds by measuring each with --no-build --dist. */
  dist: string;
  port: number;
  out: string;
  seed: number;
}

const DEFAULTS: BenchOptions = {
  sizes: ['bundled', 1000, 10000, 100000],
  runs: 3,
  largeRuns: 3,
  changes: 200,
  largeChanges: 50,
  lighthouse: true,
  lighthouseRuns: 3,
  iatiMegabytes: 10,
  build: true,
  dist: 'dist',
  port: 4191,
  out: 'reports/bench.json',
  seed: 1,
};

const USAGE =
  'usage: npm run bench -- [--sizes bundled,1000,10000,100000] [--runs N] [--large-runs N] [--changes N] [--large-changes N] ' +
  '[--lighthouse-runs N] [--iati-mb N] [--quick] [--no-lighthouse] [--no-iati] [--no-build] [--dist DIR] [--port P] [--out FILE] [--seed S]';

/** Reads the command line; returns a message instead when it is not usable. */
export function parseBenchOptions(args: readonly string[]): BenchOptions | string {
  const options = { ...DEFAULTS };
  for (let i = 0; i < args.length; i += 1) {
    const name = args[i];
    const value = args[i + 1];
    const count = () => {
      i += 1;
      const parsed = Number(value);
      return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
    };
    switch (name) {
      case '--quick':
        // One run of everything at 10k records: a quick look, not figures to publish.
        Object.assign(options, {
          sizes: [10000],
          runs: 1,
          largeRuns: 1,
          changes: 60,
          largeChanges: 50,
          lighthouseRuns: 1,
          iatiMegabytes: 0,
        });
        break;
      case '--no-lighthouse':
        options.lighthouse = false;
        break;
      case '--no-iati':
        options.iatiMegabytes = 0;
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--sizes': {
        i += 1;
        const sizes = (value ?? '').split(',').map((size) => (size === 'bundled' ? size : Number(size)));
        if (sizes.some((size) => size !== 'bundled' && !(Number.isInteger(size) && size > 0))) {
          return `--sizes takes "bundled" or record counts, comma-separated\n${USAGE}`;
        }
        options.sizes = sizes;
        break;
      }
      case '--out':
      case '--dist':
        i += 1;
        if (value === undefined) return `${name} needs a path\n${USAGE}`;
        options[name === '--out' ? 'out' : 'dist'] = value;
        break;
      case '--runs':
      case '--large-runs':
      case '--changes':
      case '--large-changes':
      case '--lighthouse-runs':
      case '--iati-mb':
      case '--port':
      case '--seed': {
        const parsed = count();
        if (parsed === undefined) return `${name} takes a positive whole number\n${USAGE}`;
        const field = {
          '--runs': 'runs',
          '--large-runs': 'largeRuns',
          '--changes': 'changes',
          '--large-changes': 'largeChanges',
          '--lighthouse-runs': 'lighthouseRuns',
          '--iati-mb': 'iatiMegabytes',
          '--port': 'port',
          '--seed': 'seed',
        } as const;
        options[field[name]] = parsed;
        break;
      }
      default:
        return `unknown option "${name ?? ''}"\n${USAGE}`;
    }
  }
  return options;
}

const isLarge = (size: DatasetSize) => size !== 'bundled' && size >= 100_000;

/** How many runs a size gets, and how many filter changes per run: large datasets take minutes per run. */
export function runsFor(options: BenchOptions, size: DatasetSize): { runs: number; changes: number } {
  return isLarge(size)
    ? { runs: options.largeRuns, changes: options.largeChanges }
    : { runs: options.runs, changes: options.changes };
}
