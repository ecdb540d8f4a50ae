import type { CooperationRecord, Partnership } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { hasPartyInRoles, type ActorKind } from './actors';
import { partnersKey, splitAmount, type Partner } from './funding-split';
import type { DatasetModel } from './model';
import { addMoney, emptyMoney, type MoneySum } from './money-sum';
import { compareCodes } from './sort';

/** Which end of the money a chart looks at. */
export type FundingSide = 'donor' | 'recipient';

/** What the sources attribute to one actor alone: its sole amounts plus its own parts of joint ones. */
export interface FundedActor extends MoneySum {
  /** An ISO3 code or an organisation id. */
  id: string;
}

/** Amounts several actors share without a split (or the unsplit rest), counted once for all of them. */
export interface JointFunding extends MoneySum {
  /** Stable for a set of partners (for keys and row ids). */
  id: string;
  partners: Partner[];
  recordIds: string[];
}

export interface CurrencyFunding {
  /** ISO 4217 code; amounts in different currencies are never added together. */
  currency: string;
  /** Largest (highest amount) first, then by lowest amount, then by id. */
  actors: FundedActor[];
  /** Joint amounts, one entry per set of partners, largest first. */
  joint: JointFunding[];
  /** Records with an amount in this currency and at least one actor on this side. */
  records: number;
}

export interface FundingByActor {
  /** One list per currency present, the currency with most records first. */
  currencies: CurrencyFunding[];
  /** Partnerships with a party on this side (any actor) that give no amount. */
  withoutAmount: number;
  /** Records with an amount whose side names no actor of the kind asked for (e.g. an international donor has no country). */
  withoutActor: number;
  /** Records with an amount that is, at least in part, joint: shown once as joint, never in full for each partner. */
  shared: number;
}

export interface FundingOptions {
  side: FundingSide;
  by: ActorKind;
}

interface Tally {
  actors: Map<string, FundedActor>;
  joint: Map<string, JointFunding>;
  records: number;
}

/**
 * Amounts given (donor) or received (recipient) per country or organisation, one list per currency:
 * each actor's figure is only what the sources attribute to it; joint amounts are listed once with their partners.
 */
export function fundingByActor(
  model: DatasetModel,
  records: CooperationRecord[],
  { side, by }: FundingOptions,
): FundingByActor {
  const roles = new Set<Role>([side]);
  const byCurrency = new Map<string, Tally>();
  let withoutAmount = 0;
  let withoutActor = 0;
  let shared = 0;
  for (const record of records) {
    // Only partnerships carry an amount: a funded training or a donor at a meeting has no amount to miss.
    if (record.type !== 'partnership') continue;
    const { amount } = record;
    if (amount === undefined) {
      if (hasPartyInRoles(record, roles)) withoutAmount += 1;
      continue;
    }
    const split = splitAmount(model, record, by, roles);
    if (split === null || (split.own.size === 0 && split.joint === null)) {
      withoutActor += 1;
      continue;
    }
    const tally = tallyFor(byCurrency, amount.currency);
    tally.records += 1;
    for (const [id, part] of split.own) {
      let actor = tally.actors.get(id);
      if (actor === undefined) {
        actor = { id, ...emptyMoney(amount.currency) };
        tally.actors.set(id, actor);
      }
      addMoney(actor, part, record);
    }
    if (split.joint !== null) {
      shared += 1;
      addJoint(tally.joint, split.joint.partners, split.joint.part, record);
    }
  }
  const currencies = [...byCurrency]
    .map(([currency, tally]) => ({
      currency,
      records: tally.records,
      actors: [...tally.actors.values()].sort(largestFirst),
      joint: [...tally.joint.values()].sort(largestFirst),
    }))
    .sort((a, b) => b.records - a.records || compareCodes(a.currency, b.currency));
  return { currencies, withoutAmount, withoutActor, shared };
}

function tallyFor(byCurrency: Map<string, Tally>, currency: string): Tally {
  let tally = byCurrency.get(currency);
  if (tally === undefined) {
    tally = { actors: new Map(), joint: new Map(), records: 0 };
    byCurrency.set(currency, tally);
  }
  return tally;
}

/** Adds a joint part to the entry of its partners (one entry per set of partners). */
export function addJoint(
  joint: Map<string, JointFunding>,
  partners: Partner[],
  part: Parameters<typeof addMoney>[1],
  record: Partnership,
): void {
  const id = `joint:${partnersKey(partners)}`;
  let entry = joint.get(id);
  if (entry === undefined) {
    entry = { id, partners, recordIds: [], ...emptyMoney(record.amount?.currency ?? '') };
    joint.set(id, entry);
  }
  addMoney(entry, part, record);
  entry.recordIds.push(record.id);
}

function largestFirst(a: MoneySum & { id: string }, b: MoneySum & { id: string }): number {
  return b.max - a.max || b.min - a.min || compareCodes(a.id, b.id);
}
