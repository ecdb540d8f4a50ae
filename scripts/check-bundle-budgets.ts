// Checks the production build against perf-budgets.json; run it after `vite build`:
// `npm run check-budgets [-- --dist dist --budgets perf-budgets.json]`.
// Prints what each page loads up front and what each lazy chunk adds, gzipped; exits 1 when over budget.
import { runBudgetCheck } from './bundle-budgets/run';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

process.exitCode = runBudgetCheck({
  dist: option('--dist', 'dist'),
  budgetsFile: option('--budgets', 'perf-budgets.json'),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
