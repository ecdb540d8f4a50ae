import type { Dataset } from '../schema/dataset';
import type { CooperationRecord } from '../schema/records';

export interface SubsetOptions {
  /** Added to meta.notes: what the file is, which filters made it, and when. */
  note: string;
  /** Where the JSON Schema lives; a relative $schema would point nowhere once the file is saved. */
  schemaUrl?: string;
}

/**
 * The dataset document with only the given records and the countries, organisations and sources
 * they reference, so the file passes the same validator as the full dataset. Lists keep the
 * dataset's order.
 */
export function datasetSubset(
  dataset: Dataset,
  records: readonly CooperationRecord[],
  options: SubsetOptions,
): Dataset {
  const organisationIds = new Set<string>();
  const countryCodes = new Set<string>();
  const sourceIds = new Set<string>();
  for (const record of records) {
    for (const actor of [...record.parties, ...(record.people ?? [])]) {
      if (actor.organisation !== undefined) organisationIds.add(actor.organisation);
      if (actor.country !== undefined) countryCodes.add(actor.country);
    }
    if (record.place !== undefined) countryCodes.add(record.place.country);
    for (const source of record.sources) sourceIds.add(source);
  }
  const organisations = dataset.organisations.filter((organisation) => organisationIds.has(organisation.id));
  // An organisation's home country is a reference too: the validator checks it.
  for (const organisation of organisations) {
    if (organisation.country !== null) countryCodes.add(organisation.country);
  }
  const wanted = new Set(records.map((record) => record.id));

  // The dataset's own $schema is relative to the server, so it is replaced, not copied.
  return {
    ...(options.schemaUrl === undefined ? {} : { $schema: options.schemaUrl }),
    schemaVersion: dataset.schemaVersion,
    meta: { ...dataset.meta, notes: [...(dataset.meta.notes ?? []), options.note] },
    countries: dataset.countries.filter((country) => countryCodes.has(country.iso3)),
    organisations,
    sources: dataset.sources.filter((source) => sourceIds.has(source.id)),
    records: dataset.records.filter((record) => wanted.has(record.id)),
  };
}

/** Where the shipped JSON Schema lives, relative to the page (like the dataset itself). */
export function datasetSchemaUrl(base: string): string {
  return new URL('api/v1/dataset.schema.json', base).href;
}
