import type { Coordinates, LocalisedNames } from '../schema/primitives';
import type { CooperationRecord } from '../schema/records';
import { PLACED_TYPES } from './placed-types';
import { indexedList, NO_COORDINATES, NOT_PLACED, placeKey, type IndexedList } from './record-index';

type Place = NonNullable<CooperationRecord['place']>;

export { PLACED_TYPES } from './placed-types';

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
  /** Drawn at its country's anchor: its records name only the country (approximatePlaces). */
  approximate?: true;
}

export interface PlacedRecords {
  /** In order of first appearance among the records. */
  places: RecordPlace[];
  /**
   * Training exchanges and events that say where they happened only by name, so they cannot be
   * drawn. Records whose place is approximate are not counted: the map draws them at their country.
   */
  withoutCoordinates: number;
}

/** The places of the training exchanges and events among `records`, one per distinct coordinates, and how many of those records have no coordinates. */
export function recordPlaces(records: CooperationRecord[]): PlacedRecords {
  const indexed = indexedList(records);
  return indexed === null ? placesRecordByRecord(records) : placesFromIndex(indexed);
}

// The filter's list: each record's place was numbered when the dataset loaded.
function placesFromIndex({ index, positions }: IndexedList): PlacedRecords {
  const byId: (RecordPlace | undefined)[] = new Array(index.placeKeys.length);
  const places: RecordPlace[] = [];
  let withoutCoordinates = 0;
  for (const position of positions) {
    const placeId = index.placeOf[position]!;
    if (placeId === NOT_PLACED) continue;
    if (placeId === NO_COORDINATES) {
      if (index.dataset.records[position]!.place?.approximate !== true) withoutCoordinates += 1;
      continue;
    }
    const record = index.dataset.records[position]!;
    const known = byId[placeId];
    if (known !== undefined) known.recordIds.push(record.id);
    else {
      // A placed record with a place id has coordinates: the index gave it one only then.
      const place = record.place!;
      const created = newPlace(index.placeKeys[placeId]!, record.id, place.coordinates!, place);
      byId[placeId] = created;
      places.push(created);
    }
  }
  return { places, withoutCoordinates };
}

function placesRecordByRecord(records: CooperationRecord[]): PlacedRecords {
  const places = new Map<string, RecordPlace>();
  let withoutCoordinates = 0;
  for (const record of records) {
    if (!PLACED_TYPES.includes(record.type)) continue;
    const coordinates = record.place?.coordinates;
    if (record.place === undefined || coordinates === undefined) {
      if (record.place?.approximate !== true) withoutCoordinates += 1;
      continue;
    }
    const key = placeKey(coordinates);
    const known = places.get(key);
    if (known !== undefined) known.recordIds.push(record.id);
    else places.set(key, newPlace(key, record.id, coordinates, record.place));
  }
  return { places: [...places.values()], withoutCoordinates };
}

function newPlace(key: string, recordId: string, coordinates: Coordinates, place: Place): RecordPlace {
  return {
    key,
    lat: coordinates.lat,
    lon: coordinates.lon,
    name: place.name,
    ...(place.names !== undefined && { names: place.names }),
    country: place.country,
    recordIds: [recordId],
  };
}

/** Records that name only their country, grouped by it: where the map draws them, marked approximate. */
export interface ApproximatePlace {
  country: string;
  /** The place's name as the first of its records gives it (usually the country's). */
  name: string;
  names?: LocalisedNames;
  recordIds: string[];
}

/**
 * The records among `records` whose place is approximate and has no coordinates (an imported
 * activity that names only its recipient country), one group per country, in order of first
 * appearance. Of any type: for an imported partnership that country is where the work is done,
 * unlike a bundled partnership's place, which is only where it was signed.
 */
export function approximatePlaces(records: readonly CooperationRecord[]): ApproximatePlace[] {
  const byCountry = new Map<string, ApproximatePlace>();
  for (const record of records) {
    const place = record.place;
    if (place?.approximate !== true || place.coordinates !== undefined) continue;
    const known = byCountry.get(place.country);
    if (known !== undefined) known.recordIds.push(record.id);
    else
      byCountry.set(place.country, {
        country: place.country,
        name: place.name,
        ...(place.names !== undefined && { names: place.names }),
        recordIds: [record.id],
      });
  }
  return [...byCountry.values()];
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
