import type { Dataset } from '../schema/dataset';
import { validateDataset } from '../schema/validate';
import type { DatasetLoadFailure } from './dataset-errors';

/** When parsing and validation finished, in epoch milliseconds (comparable across threads). */
export interface ReadTimes {
  parsedAt: number;
  validatedAt: number;
}

export type ReadResult =
  ({ ok: true; dataset: Dataset } & ReadTimes) | { ok: false; failure: DatasetLoadFailure };

const now = () => performance.timeOrigin + performance.now();

/** The bytes of a dataset file, parsed and checked against the contract. Runs in the worker or, without one, here. */
export function readDataset(bytes: ArrayBuffer): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return {
      ok: false,
      failure: {
        kind: 'invalid',
        problems: [
          { collection: 'document', field: '', message: `is not valid JSON (${(error as Error).message})` },
        ],
      },
    };
  }
  const parsedAt = now();
  const result = validateDataset(json);
  return result.ok
    ? { ok: true, dataset: result.dataset, parsedAt, validatedAt: now() }
    : { ok: false, failure: { kind: 'invalid', problems: result.problems } };
}
