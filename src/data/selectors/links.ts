import type { CooperationRecord } from '../schema/records';
import type { DatasetModel } from './model';
import { indexedList, linkedPairs, type IndexedList } from './record-index';
import { compareCodes } from './sort';

export interface CountryLink {
  from: string;
  to: string;
  count: number;
  recordIds: string[];
}

/** Who provides to whom between countries (the rule is in flow-rule.ts: funding to where the work happens, training to the trainees). Country of each party via partyCountry; skips self-links and parties without a country; a record counts once per (from,to) pair. Sorted by count desc, then from, then to. */
export function countryLinks(model: DatasetModel, records: CooperationRecord[]): CountryLink[] {
  const indexed = indexedList(records, model);
  const links = indexed === null ? linksRecordByRecord(model, records) : linksFromIndex(indexed);
  return links.sort((a, b) => b.count - a.count || compareCodes(a.from, b.from) || compareCodes(a.to, b.to));
}

// The filter's list: the pairs each record links were numbered when the dataset loaded.
function linksFromIndex({ index, positions }: IndexedList): CountryLink[] {
  const byId: (CountryLink | undefined)[] = new Array(index.links.length);
  const found: CountryLink[] = [];
  for (const position of positions) {
    const recordId = index.dataset.records[position]!.id;
    for (let at = index.linkStart[position]!; at < index.linkStart[position + 1]!; at += 1) {
      const id = index.linkList[at]!;
      const link = byId[id];
      if (link !== undefined) {
        link.count += 1;
        link.recordIds.push(recordId);
      } else {
        const { from, to } = index.links[id]!;
        const created = { from, to, count: 1, recordIds: [recordId] };
        byId[id] = created;
        found.push(created);
      }
    }
  }
  return found;
}

function linksRecordByRecord(model: DatasetModel, records: CooperationRecord[]): CountryLink[] {
  const links = new Map<string, CountryLink>();
  for (const record of records) {
    for (const { key, from, to } of linkedPairs(model, record)) {
      const link = links.get(key);
      if (link === undefined) links.set(key, { from, to, count: 1, recordIds: [record.id] });
      else {
        link.count += 1;
        link.recordIds.push(record.id);
      }
    }
  }
  return [...links.values()];
}
