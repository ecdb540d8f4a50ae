import type { CooperationRecord } from '../schema/records';
import { countriesOfRecord, type DatasetModel } from './model';
import { compareCodes } from './sort';

export interface CountryCount {
  iso3: string;
  count: number;
}

/** How many records involve each country (parties, people or place, via countriesOfRecord), most records first, then by code. */
export function countryInvolvement(model: DatasetModel, records: CooperationRecord[]): CountryCount[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const iso3 of countriesOfRecord(model, record)) counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
  }
  return [...counts]
    .map(([iso3, count]) => ({ iso3, count }))
    .sort((a, b) => b.count - a.count || compareCodes(a.iso3, b.iso3));
}
