import dataset from './data/dataset.json';

/** The bundled sample dataset, as shipped. */
export const sampleDataset = dataset;

/** The same document with no records: valid, but nothing to show. */
export const emptyDataset = { ...dataset, records: [] };

/**
 * A copy broken in the ways data maintainers most often break a file: a reference to an
 * organisation that does not exist and a source link that is not a web address.
 */
export function invalidDataset() {
  const copy = structuredClone(dataset) as typeof dataset;
  const [firstRecord] = copy.records;
  const [firstSource] = copy.sources;
  if (firstRecord?.parties[0])
    firstRecord.parties[0] = { ...firstRecord.parties[0], organisation: 'no-such-organisation' };
  if (firstSource) firstSource.url = 'javascript:alert(1)';
  return copy;
}
