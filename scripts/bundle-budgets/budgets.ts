import { z } from 'zod';
import type { RouteLoads } from './measure';

const Kilobytes = z
  .number()
  .positive()
  .describe('Kilobytes of gzipped output (1 kB = 1000 bytes, as Vite reports).');

/** perf-budgets.json: budgets per page (route) for the initial load, and per lazy chunk. */
export const BudgetsSchema = z.strictObject({
  $comment: z.string().optional(),
  routes: z.record(
    z.string(),
    z.strictObject({
      html: z.string().describe('The built page, from the root of dist/.'),
      initialJsGzipKb: Kilobytes,
      initialCssGzipKb: Kilobytes,
    }),
  ),
  chunks: z.record(
    z.string(),
    z.strictObject({
      chunk: z.string().describe('The lazy chunk\'s name as Vite gives it, e.g. "CooperationMap".'),
      jsGzipKb: Kilobytes,
      cssGzipKb: Kilobytes.optional(),
    }),
  ),
  views: z
    .record(
      z.string(),
      z.strictObject({
        route: z.string().describe('A key of routes: the page the view is on.'),
        chunk: z.string().describe('The lazy chunk that draws the view, e.g. "CooperationMap".'),
        with: z
          .array(z.string())
          .optional()
          .describe(
            'Other lazy chunks the view loads every time, e.g. "read-dataset", the reader for a dataset of up to 1 MB.',
          ),
        jsGzipKb: Kilobytes,
      }),
    )
    .optional()
    .describe("What a reader downloads to see one view: the page's initial JavaScript plus one lazy chunk."),
});
export type Budgets = z.infer<typeof BudgetsSchema>;

/** One line of the report: what was measured, against which budget. */
export interface BudgetRow {
  label: string;
  files: number;
  jsKb: number;
  jsBudgetKb: number | undefined;
  /** Undefined when the build does not say (a lazy chunk's CSS without a manifest). */
  cssKb: number | undefined;
  cssBudgetKb: number | undefined;
  over: boolean;
}

export interface BudgetCheck {
  rows: BudgetRow[];
  /** One sentence per budget exceeded or not checkable; empty when all are met. */
  failures: string[];
}

const kb = (bytes: number) => bytes / 1000;

/** Compares measured loads with their budgets. A budgeted chunk missing from the build fails too. */
export function checkBudgets(budgets: Budgets, loads: readonly RouteLoads[]): BudgetCheck {
  const rows: BudgetRow[] = [];
  const failures: string[] = [];
  const exceed = (what: string, measured: number, budget: number | undefined) => {
    if (budget === undefined || measured <= budget) return false;
    failures.push(`${what}: ${measured.toFixed(1)} kB gzipped is over its ${budget} kB budget`);
    return true;
  };

  for (const { initial } of loads) {
    const budget = budgets.routes[initial.route];
    const jsKb = kb(initial.js.gzipBytes);
    const cssKb = kb(initial.css.gzipBytes);
    const jsOver = exceed(`${initial.route}: initial JavaScript`, jsKb, budget?.initialJsGzipKb);
    const cssOver = exceed(`${initial.route}: initial CSS`, cssKb, budget?.initialCssGzipKb);
    rows.push({
      label: `${initial.route}: initial (${initial.html})`,
      files: initial.js.files.length + initial.css.files.length,
      jsKb,
      jsBudgetKb: budget?.initialJsGzipKb,
      cssKb,
      cssBudgetKb: budget?.initialCssGzipKb,
      over: jsOver || cssOver,
    });
  }

  const lazy = loads.flatMap((load) => load.lazy);
  for (const [label, budget] of Object.entries(budgets.chunks)) {
    if (!lazy.some((load) => load.name === budget.chunk)) {
      failures.push(
        `chunk ${label}: no lazy chunk named "${budget.chunk}" in the build (renamed, or no longer lazy?)`,
      );
    }
  }
  for (const load of lazy) {
    const [label, budget] =
      Object.entries(budgets.chunks).find(([, entry]) => entry.chunk === load.name) ?? [];
    const what = `${load.route}: lazy ${label === undefined ? load.name : `${label} (${load.name})`}`;
    const jsKb = kb(load.js.gzipBytes);
    const cssKb = load.css === undefined ? undefined : kb(load.css.gzipBytes);
    const jsOver = exceed(`${what} JavaScript`, jsKb, budget?.jsGzipKb);
    const cssOver = cssKb !== undefined && exceed(`${what} CSS`, cssKb, budget?.cssGzipKb);
    rows.push({
      label: what,
      files: load.js.files.length + (load.css?.files.length ?? 0),
      jsKb,
      jsBudgetKb: budget?.jsGzipKb,
      cssKb,
      cssBudgetKb: budget?.cssGzipKb,
      over: jsOver || cssOver,
    });
  }
  for (const [label, view] of Object.entries(budgets.views ?? {})) {
    const route = loads.find((load) => load.initial.route === view.route);
    const names = [view.chunk, ...(view.with ?? [])];
    const chunks = names.map((name) => route?.lazy.find((load) => load.name === name));
    const missing = names.filter((_, at) => chunks[at] === undefined);
    if (route === undefined || missing.length > 0) {
      failures.push(`view ${label}: no lazy chunk named "${missing.join('", "')}" on route "${view.route}"`);
      continue;
    }
    // Summed: the chunks' own files do not overlap today (the bench's download count agrees).
    const loaded = chunks.filter((chunk) => chunk !== undefined);
    const jsKb = kb(route.initial.js.gzipBytes + loaded.reduce((sum, chunk) => sum + chunk.js.gzipBytes, 0));
    rows.push({
      label: `${label}: ${view.route} initial + ${names.join(' + ')}`,
      files: route.initial.js.files.length + loaded.reduce((sum, chunk) => sum + chunk.js.files.length, 0),
      jsKb,
      jsBudgetKb: view.jsGzipKb,
      cssKb: undefined,
      cssBudgetKb: undefined,
      over: exceed(`${label}: JavaScript`, jsKb, view.jsGzipKb),
    });
  }
  return { rows, failures };
}

/** The rows as a fixed-width table for the terminal and for docs/performance.md. */
export function formatTable(rows: readonly BudgetRow[]): string {
  const number = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(1));
  const header = ['load', 'files', 'JS gz kB', 'budget', 'CSS gz kB', 'budget', 'status'];
  const body = rows.map((row) => [
    row.label,
    String(row.files),
    number(row.jsKb),
    number(row.jsBudgetKb),
    number(row.cssKb),
    number(row.cssBudgetKb),
    row.over ? 'OVER' : row.jsBudgetKb === undefined ? 'no budget' : 'ok',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}
