import { readFileSync } from 'node:fs';
import { BudgetsSchema, checkBudgets, formatTable } from './budgets';
import { measureRoute } from './measure';
import { readBuild } from './read-build';

export interface RunOptions {
  dist: string;
  budgetsFile: string;
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Measures the build, prints the table and returns the exit code: 0 within budget, 1 otherwise. */
export function runBudgetCheck({ dist, budgetsFile, log, error }: RunOptions): number {
  try {
    const parsed = BudgetsSchema.safeParse(JSON.parse(readFileSync(budgetsFile, 'utf8')));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      error(`${budgetsFile} is not a budgets file: ${issues.join('; ')}`);
      return 1;
    }
    const budgets = parsed.data;
    const build = readBuild(dist);
    const loads = Object.entries(budgets.routes).map(([route, { html }]) => measureRoute(build, route, html));
    const { rows, failures } = checkBudgets(budgets, loads);

    const links = build.source === 'manifest' ? "Vite's manifest" : 'import statements';
    log(`Bundle sizes in ${dist}/ (gzip level 9, 1 kB = 1000 bytes, chunk links from ${links})`);
    log(formatTable(rows));
    if (build.source === 'imports') {
      log("Lazy chunks' CSS is measured only with Vite's manifest (build.manifest: true).");
    }
    if (failures.length > 0) {
      error(`\nOver budget (${budgetsFile}):`);
      for (const failure of failures) error(`  - ${failure}`);
      return 1;
    }
    log('\nAll bundle budgets met.');
    return 0;
  } catch (problem) {
    error(`Bundle budgets not checked: ${(problem as Error).message}`);
    return 1;
  }
}
