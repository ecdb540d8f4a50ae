import type { Place } from '../schema/records';
import type { DatasetModel } from './model';

/** An organisation's display name, with its acronym where it has one; the id if it is unknown. */
export function organisationName(model: DatasetModel, id: string): string {
  const organisation = model.organisationsById.get(id);
  if (!organisation) return id;
  return organisation.acronym ? `${organisation.name} (${organisation.acronym})` : organisation.name;
}

/** A country's display name from the dataset; the code if it is unknown. */
export function countryName(model: DatasetModel, iso3: string): string {
  return model.countriesByIso3.get(iso3)?.name ?? iso3;
}

/** "Siem Reap, Cambodia"; just "Cambodia" when the place is the country itself. */
export function placeName(model: DatasetModel, place: Place): string {
  const country = countryName(model, place.country);
  return place.name === country ? country : `${place.name}, ${country}`;
}
