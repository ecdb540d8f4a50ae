import type { CooperationRecord } from '../schema/records';
import { countriesOfRecord, type DatasetModel } from './model';
import { indexedList, registerIndexedList } from './record-index';

/**
 * The records that involve every one of the given countries (as countriesOfRecord reads a record:
 * a party, a person or the place), in the order given. A list the filter made is read through the
 * record index, and the list returned is registered with it too, so what the country and pair pages
 * compute from it (map, charts) counts typed arrays as the explore view does.
 */
export function recordsWithCountries(
  model: DatasetModel,
  records: CooperationRecord[],
  iso3s: readonly string[],
): CooperationRecord[] {
  const indexed = indexedList(records, model);
  if (indexed === null) {
    return records.filter((record) => {
      const countries = countriesOfRecord(model, record);
      return iso3s.every((iso3) => countries.has(iso3));
    });
  }
  const { index, positions } = indexed;
  const ids = iso3s.map((iso3) => index.countryCodes.indexOf(iso3));
  // A country no record involves: nothing involves it.
  if (ids.includes(-1)) return [];
  const kept: CooperationRecord[] = [];
  const keptPositions = new Int32Array(positions.length);
  for (let at = 0; at < positions.length; at += 1) {
    const position = positions[at]!;
    const start = index.countryStart[position]!;
    const end = index.countryStart[position + 1]!;
    let all = true;
    for (let id = 0; all && id < ids.length; id += 1) {
      let found = false;
      for (let entry = start; !found && entry < end; entry += 1) found = index.countryList[entry] === ids[id];
      all = found;
    }
    if (all) {
      keptPositions[kept.length] = position;
      kept.push(records[at]!);
    }
  }
  registerIndexedList(kept, { index, positions: keptPositions.slice(0, kept.length) });
  return kept;
}
