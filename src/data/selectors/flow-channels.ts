import type { CountryLink } from './links';
import type { DatasetModel } from './model';
import { partyCountry } from './model';
import { compareCodes } from './sort';

/** An organisation that carried out the work of a flow, and in how many of its records. */
export interface FlowChannel {
  organisation: string;
  count: number;
}

/**
 * The channel of a flow: the organisations that carried out its work (implementers) without being
 * either end, an international body or an operator from a third country (Norwegian People's Aid
 * clearing in Cambodia for Germany). The flow rule (flow-rule.ts) never makes them an end; the
 * flow's details name them instead. Counted once per record, most records first.
 */
export function flowChannels(model: DatasetModel, link: CountryLink): FlowChannel[] {
  const counts = new Map<string, number>();
  for (const recordId of link.recordIds) {
    const record = model.recordsById.get(recordId);
    if (record === undefined) continue;
    const seen = new Set<string>();
    for (const party of record.parties) {
      const id = party.organisation;
      if (party.role !== 'implementer' || id === undefined || seen.has(id)) continue;
      const country = partyCountry(model, party);
      if (country === link.from || country === link.to) continue;
      seen.add(id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([organisation, count]) => ({ organisation, count }))
    .sort((a, b) => b.count - a.count || compareCodes(a.organisation, b.organisation));
}
