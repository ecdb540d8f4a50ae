import type { Dataset } from '../schema/dataset';
import { validateDataset } from '../schema/validate';
import type { DatasetLoadFailure } from './dataset-errors';

export type ReadResult = { ok: true; dataset: Dataset } | { ok: false; failure: DatasetLoadFailure };

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
  const result = validateDataset(json);
  return result.ok
    ? { ok: true, dataset: result.dataset }
    : { ok: false, failure: { kind: 'invalid', problems: result.problems } };
}
