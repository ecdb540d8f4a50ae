// How a dataset's problems are described and written out; no zod here, so the page can show them.

/** One thing wrong with a dataset, said so that the person who maintains the file can find it. */
export interface DatasetProblem {
  /** The list the problem is in ("records", "organisations", ...) or "document". */
  collection: string;
  /** The id of the item the problem is in, when it has one (a record id, a country code). */
  itemId?: string;
  /** Where inside that item, e.g. "parties[1].organisation"; empty for the item itself. */
  field: string;
  message: string;
}

/** ["parties", 1, "organisation"] -> "parties[1].organisation" */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((step, position) => (typeof step === 'number' ? `[${step}]` : position === 0 ? step : `.${step}`))
    .join('');
}

/** Where a problem is: "records › seed-meeting › parties[1].organisation". */
export function problemLocation(problem: DatasetProblem): string {
  return [problem.collection, problem.itemId, problem.field].filter(Boolean).join(' › ');
}

/** "records › seed-meeting › parties[1].organisation: unknown organisation "x"" */
export function formatProblem(problem: DatasetProblem): string {
  return `${problemLocation(problem)}: ${problem.message}`;
}
