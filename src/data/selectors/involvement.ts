import type { CooperationRecord } from '../schema/records';
import { countriesOfRecord, type DatasetModel } from './model';
import { indexedList } from './record-index';
import { compareCodes } from './sort';

export interface CountryCount {
  iso3: string;
  count: number;
}

/** How many records involve each country (parties, people or place, via countriesOfRecord), most records first, then by code. */
export function countryInvolvement(model: DatasetModel, records: CooperationRecord[]): CountryCount[] {
  const counts = new Map<string, number>();
  const indexed = indexedList(records, model);
  if (indexed !== null) {
    // The filter's list: count into an array by country id, then name the countries.
    const { index, positions } = indexed;
    const byId = new Int32Array(index.countryCodes.length);
    for (const position of positions) {
      for (let at = index.countryStart[position]!; at < index.countryStart[position + 1]!; at += 1) {
        const id = index.countryList[at]!;
        byId[id] = byId[id]! + 1;
      }
    }
    byId.forEach((count, id) => {
      if (count > 0) counts.set(index.countryCodes[id]!, count);
    });
  } else {
    for (const record of records) {
      for (const iso3 of countriesOfRecord(model, record)) counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([iso3, count]) => ({ iso3, count }))
    .sort((a, b) => b.count - a.count || compareCodes(a.iso3, b.iso3));
}
