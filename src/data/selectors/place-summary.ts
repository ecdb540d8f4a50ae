import type { CooperationRecord } from '../schema/records';
import { PLACED_TYPES } from './placed-types';
import { indexedList, NO_COORDINATES } from './record-index';

/** What the map's legend says about places, without building them (see recordPlaces, approximatePlaces). */
export interface PlaceSummary {
  /** Whether any training exchange or event among the records gives coordinates. */
  hasPlaces: boolean;
  /** The countries of records whose place is approximate and has no coordinates, each once. */
  approximateCountries: string[];
  /** As recordPlaces counts them: placed records that give no coordinates and are not approximate. */
  withoutCoordinates: number;
}

/**
 * The legend's facts about places, in one pass that builds no place: the places themselves (and
 * their clustering) are needed only once the map shows them, and at 100k records building them at
 * every filter change cost more than the rest of the map's data.
 */
export function placeSummary(records: readonly CooperationRecord[]): PlaceSummary {
  const countries = new Set<string>();
  let hasPlaces = false;
  let withoutCoordinates = 0;
  const indexed = indexedList(records);
  if (indexed !== null) {
    const { index, positions } = indexed;
    for (const position of positions) {
      const placeId = index.placeOf[position]!;
      // The index numbers a place only for a placed record with coordinates.
      if (placeId >= 0) {
        hasPlaces = true;
        continue;
      }
      const place = index.dataset.records[position]!.place;
      if (place?.approximate === true && place.coordinates === undefined) countries.add(place.country);
      else if (placeId === NO_COORDINATES) withoutCoordinates += 1;
    }
  } else {
    for (const record of records) {
      const place = record.place;
      const placed = PLACED_TYPES.includes(record.type);
      if (placed && place?.coordinates !== undefined) hasPlaces = true;
      else if (place?.approximate === true && place.coordinates === undefined) countries.add(place.country);
      else if (placed) withoutCoordinates += 1;
    }
  }
  return { hasPlaces, approximateCountries: [...countries], withoutCoordinates };
}
