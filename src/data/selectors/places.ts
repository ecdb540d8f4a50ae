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
}

export interface PlacedRecords {
  /** In order of first appearance among the records. */
  places: RecordPlace[];
  /** Training exchanges and events that say where they happened only by name, so they cannot be drawn. */
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
      withoutCoordinates += 1;
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
      withoutCoordinates += 1;
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
