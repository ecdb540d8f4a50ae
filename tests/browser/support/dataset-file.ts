import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/data/schema/dataset';

/** The dataset the build under test ships, read from disk so tests compare the page with the data. */
export function shippedDataset(): Dataset {
  return JSON.parse(readFileSync('dist/api/v1/dataset.json', 'utf8')) as Dataset;
}

export const DATASET_ROUTE = '**/api/v1/dataset.json';
