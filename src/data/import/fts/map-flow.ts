// One FTS flow as one funding partnership: who gave (source organisations), who received
// (destination organisations) and for which country (destination locations).
import type { Organisation, Source } from '../../schema/entities';
import type { Amount, InclusionReason, Party, Partnership } from '../../schema/records';
import type { AmountBasis } from '../../schema/vocabulary';
import { iso3FromName } from '../country-names';
import type { Repair } from '../types';
import type { FtsFlow, FtsObject } from './fts-schema';
import { ftsOrganisationId, slug, toOrganisation } from './fts-organisations';
import { ftsFlowUrl, FTS_PUBLISHER } from './fts-links';

export const MINE_ACTION_REASON: InclusionReason = {
  rule: 'fts-cluster',
  evidence: 'Global cluster: Mine Action',
};

/** Why a flow is mine action: its destination names the global cluster "Mine Action". */
export function mineActionReasons(flow: FtsFlow): InclusionReason[] {
  const hit = flow.destinationObjects.some(
    (object) => object.type === 'GlobalCluster' && object.name.trim().toLowerCase() === 'mine action',
  );
  return hit ? [MINE_ACTION_REASON] : [];
}

/** Why a flow was left out, naming the clusters it does have. */
export function leftOutWhy(flow: FtsFlow): string {
  const clusters = flow.destinationObjects
    .filter((object) => object.type === 'GlobalCluster')
    .map((object) => object.name);
  return clusters.length === 0
    ? 'its destination names no global cluster, so not "Mine Action"'
    : `its destination's global clusters (${clusters.join(', ')}) do not include "Mine Action"`;
}

export type FlowMapping =
  | { ok: true; record: Partnership; source: Source; organisations: Organisation[]; repairs: Repair[] }
  | { ok: false; why: string };

const STAGES: Readonly<Record<string, { basis: AmountBasis; status: Partnership['status'] }>> = {
  pledge: { basis: 'pledge', status: 'planned' },
  commitment: { basis: 'commitment', status: 'active' },
  paid: { basis: 'paid', status: 'completed' },
};

export function ftsRecordId(flowId: string): string {
  return `fts-flow-${slug(flowId)}`;
}

/** Maps a flow the rule took; a flow without a date or without parties cannot become a record. */
export function mapFlow(flow: FtsFlow, reasons: InclusionReason[], path: string): FlowMapping {
  const repairs: Repair[] = [];
  const item = flow.id;
  const start = periodStart(flow);
  if (start === undefined) return { ok: false, why: 'it has neither a date nor a budget year' };

  // A destination's locations say where the money went, not where a government is from.
  const organisations = [
    ...organisationsOf(flow.sourceObjects, flow.sourceObjects),
    ...organisationsOf(flow.destinationObjects, []),
  ];
  const parties = uniqueParties([
    ...partiesFor(flow.sourceObjects, 'donor'),
    ...partiesFor(flow.destinationObjects, 'implementer'),
    ...recipientCountries(flow, path, repairs),
  ]);
  if (parties.length === 0) return { ok: false, why: 'it names no organisation and no known country' };

  const stage = STAGES[flow.status.trim().toLowerCase()];
  if (stage === undefined) {
    repairs.push({
      kind: 'other',
      item,
      path: `${path}.status`,
      detail: `status "${flow.status}" is not pledge, commitment or paid: kept with status unknown and no basis`,
    });
  }
  const amount = amountOf(flow, stage?.basis, path, repairs);
  const id = ftsRecordId(flow.id);
  const publisher = flow.reportDetails?.[0]?.organization?.trim() || undefined;
  const record: Partnership = {
    id,
    type: 'partnership',
    kind: 'funding',
    title: titleOf(flow),
    period: { start },
    parties,
    themes: [],
    sources: [id],
    confidence: 'reported',
    status: stage?.status ?? 'unknown',
    ...(amount === undefined ? {} : { amount }),
    origin: {
      format: 'fts',
      id: flow.id,
      ...(publisher === undefined ? {} : { publisher }),
      ...(flow.updatedAt ? { lastUpdated: flow.updatedAt } : {}),
      reasons,
    },
  };
  const source: Source = {
    id,
    title: `FTS flow ${flow.id}: ${record.title}`,
    publisher: FTS_PUBLISHER,
    url: ftsFlowUrl(flow.id),
    ...(publisher === undefined ? {} : { note: `Reported to FTS by ${publisher}.` }),
  };
  return { ok: true, record, source, organisations, repairs };
}

// The flow's decision date, else its budget year: what FTS says the money is for.
function periodStart(flow: FtsFlow): string | undefined {
  const day = flow.date?.slice(0, 10);
  if (day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const year = flow.budgetYear?.trim();
  return year !== undefined && /^\d{4}$/.test(year) ? year : undefined;
}

function organisationsOf(objects: readonly FtsObject[], homeHints: readonly FtsObject[]): Organisation[] {
  return objects
    .filter((object) => object.type === 'Organization')
    .map((object) => toOrganisation(object, homeHints));
}

function partiesFor(objects: readonly FtsObject[], role: 'donor' | 'implementer'): Party[] {
  return objects
    .filter((object) => object.type === 'Organization')
    .map((object) => ({ organisation: ftsOrganisationId(object.id), role }));
}

function recipientCountries(flow: FtsFlow, path: string, repairs: Repair[]): Party[] {
  const parties: Party[] = [];
  flow.destinationObjects.forEach((object, index) => {
    if (object.type !== 'Location') return;
    const country = iso3FromName(object.name);
    if (country === undefined) {
      repairs.push({
        kind: 'unknown-country',
        item: flow.id,
        path: `${path}.destinationObjects[${index}]`,
        detail: `location "${object.name}" is not a country we can name in ISO 3166-1: left out of the parties`,
      });
      return;
    }
    parties.push({ country, role: 'recipient' });
  });
  return parties;
}

function uniqueParties(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((party) => {
    const key = `${party.organisation ?? ''}|${party.country ?? ''}|${party.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function amountOf(
  flow: FtsFlow,
  basis: AmountBasis | undefined,
  path: string,
  repairs: Repair[],
): Amount | undefined {
  if (flow.amountUSD < 0) {
    repairs.push({
      kind: 'negative-value',
      item: flow.id,
      path: `${path}.amountUSD`,
      detail: `amountUSD ${flow.amountUSD} is negative (a correction): the record has no amount`,
    });
    return undefined;
  }
  if (flow.amountUSD === 0) {
    // FTS records some flows (in-kind, or amounts not yet known) as 0: "US$0" would read as a fact.
    repairs.push({
      kind: 'other',
      item: flow.id,
      path: `${path}.amountUSD`,
      detail: 'amountUSD is 0 (no amount reported): the record has no amount',
    });
    return undefined;
  }
  const note = originalCurrencyNote(flow);
  return {
    value: flow.amountUSD,
    currency: 'USD',
    ...(basis === undefined ? {} : { basis }),
    ...(note === undefined ? {} : { note }),
  };
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "Originally EUR 95,672 (FTS exchange rate 0.899)" when the donor gave another currency. */
export function originalCurrencyNote(flow: FtsFlow): string | undefined {
  const currency = flow.originalCurrency?.trim().toUpperCase();
  if (!currency || currency === 'USD' || flow.originalAmount == null) return undefined;
  const rate = flow.exchangeRate == null ? '' : ` (FTS exchange rate ${flow.exchangeRate})`;
  return `Originally ${currency} ${GROUPED.format(flow.originalAmount)}${rate}`;
}

/** The flow's description, or "<source> to <destination>" when it has none. */
function titleOf(flow: FtsFlow): string {
  const description = flow.description?.trim();
  if (description) return description;
  return `${namesOf(flow.sourceObjects)} to ${namesOf(flow.destinationObjects)}`;
}

function namesOf(objects: readonly FtsObject[]): string {
  const organisations = objects.filter((object) => object.type === 'Organization');
  const named = organisations.length > 0 ? organisations : objects.filter((o) => o.type === 'Location');
  return (
    named
      .map((object) => object.name)
      .filter(Boolean)
      .join(' and ') || 'unnamed'
  );
}
