import type { DatasetProblem } from '../schema/validate';

/** Why the dataset could not be shown. The kind decides what the reader is told and offered. */
export type DatasetLoadFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'invalid'; problems: DatasetProblem[] };

export class DatasetLoadError extends Error {
  readonly failure: DatasetLoadFailure;

  constructor(failure: DatasetLoadFailure) {
    super(describeFailure(failure));
    this.name = 'DatasetLoadError';
    this.failure = failure;
  }
}

function describeFailure(failure: DatasetLoadFailure): string {
  switch (failure.kind) {
    case 'network':
      return `network error: ${failure.detail}`;
    case 'http':
      return `HTTP ${failure.status} ${failure.statusText}`.trim();
    case 'invalid':
      return `invalid dataset: ${failure.problems.length} problem(s)`;
  }
}

/** A broken file will not mend itself on a second try; a failed request might. */
export function isWorthRetrying(error: unknown): boolean {
  return !(error instanceof DatasetLoadError && error.failure.kind === 'invalid');
}
