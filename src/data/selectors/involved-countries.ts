import type { CooperationRecord } from '../schema/records';
import { countriesOfRecord, type DatasetModel } from './model';
import { countryName } from './names';

/** The names of every country a record involves (parties, people, place), in the reader's alphabetical order. */
export function involvedCountryNames(
  model: DatasetModel,
  record: CooperationRecord,
  collator: Intl.Collator,
): string[] {
  return [...countriesOfRecord(model, record)].map((iso3) => countryName(model, iso3)).sort(collator.compare);
}
