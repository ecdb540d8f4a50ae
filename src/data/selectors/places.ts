import type { Coordinates, LocalisedNames } from '../schema/primitives';
import type { CooperationRecord } from '../schema/records';
import type { RecordType } from '../schema/vocabulary';

/** The record types whose place is where the cooperation happened (a partnership's place is only where it was signed or run from). */
export const PLACED_TYPES: readonly RecordType[] = ['training', 'event'];

/** A spot on the map and the records held there. */
export interface RecordPlace {
  /** "lat,lon": records at exactly the same coordinates share one place. */
  key: string;
  lat: number;
  lon: number;
  /** The place's name as the first of its records gives it. */
  name: string;
  /** Its name in other languages, where that record gives them. */
  names?: LocalisedNames;
  country: string;
  recordIds: string[];
}

export interface PlacedRecords {
  /** In order of first appearance among the records. */
  places: RecordPlace[];
  /** Training exchanges and events that say where they happened only by name, so they cannot be drawn. */
  withoutCoordinates: number;
}

/** The places of the training exchanges and events among `records`, one per distinct coordinates, and how many of those records have no coordinates. */
export function recordPlaces(records: CooperationRecord[]): PlacedRecords {
  const places = new Map<string, RecordPlace>();
  let withoutCoordinates = 0;
  for (const record of records) {
    if (!PLACED_TYPES.includes(record.type)) continue;
    const coordinates = record.place?.coordinates;
    if (record.place === undefined || coordinates === undefined) {
      withoutCoordinates += 1;
      continue;
    }
    const key = `${coordinates.lat},${coordinates.lon}`;
    const place = places.get(key);
    if (place !== undefined) place.recordIds.push(record.id);
    else {
      places.set(key, {
        key,
        lat: coordinates.lat,
        lon: coordinates.lon,
        name: record.place.name,
        ...(record.place.names !== undefined && { names: record.place.names }),
        country: record.place.country,
        recordIds: [record.id],
      });
    }
  }
  return { places: [...places.values()], withoutCoordinates };
}

/** The first coordinates the records give for a place in each country: a stand-in position for a country the basemap does not draw. */
export function firstPlaceByCountry(records: CooperationRecord[]): Map<string, Coordinates> {
  const first = new Map<string, Coordinates>();
  for (const record of records) {
    const place = record.place;
    if (place?.coordinates !== undefined && !first.has(place.country))
      first.set(place.country, place.coordinates);
  }
  return first;
}
