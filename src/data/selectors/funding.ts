import type { CooperationRecord } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { actorsInRoles, hasPartyInRoles, type ActorKind } from './actors';
import { figureRange } from './figures';
import type { DatasetModel } from './model';
import { compareCodes } from './sort';

/** Which end of the money a chart looks at. */
export type FundingSide = 'donor' | 'recipient';

export interface FundedActor {
  /** An ISO3 code or an organisation id. */
  id: string;
  /** The sum of the lowest and of the highest amount the sources give; equal unless an amount is disputed. */
  min: number;
  max: number;
  /** Records whose amount is in this sum. */
  records: number;
}

export interface CurrencyFunding {
  /** ISO 4217 code; amounts in different currencies are never added together. */
  currency: string;
  /** Largest (highest amount) first, then by lowest amount, then by id. */
  actors: FundedActor[];
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
  /** Records with an amount and several actors on this side: the whole amount counts for each of them. */
  shared: number;
}

export interface FundingOptions {
  side: FundingSide;
  by: ActorKind;
}

/** Amounts given (donor) or received (recipient) per country or organisation, one list per currency, disputed amounts kept as min–max. */
export function fundingByActor(
  model: DatasetModel,
  records: CooperationRecord[],
  { side, by }: FundingOptions,
): FundingByActor {
  const roles = new Set<Role>([side]);
  const byCurrency = new Map<string, { actors: Map<string, FundedActor>; records: number }>();
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
    const actors = actorsInRoles(model, record, by, roles);
    if (actors.size === 0) {
      withoutActor += 1;
      continue;
    }
    if (actors.size > 1) shared += 1;
    let currency = byCurrency.get(amount.currency);
    if (currency === undefined) {
      currency = { actors: new Map(), records: 0 };
      byCurrency.set(amount.currency, currency);
    }
    currency.records += 1;
    const range = figureRange(amount.value);
    for (const id of actors) {
      const actor = currency.actors.get(id);
      if (actor === undefined) currency.actors.set(id, { id, min: range.min, max: range.max, records: 1 });
      else {
        actor.min += range.min;
        actor.max += range.max;
        actor.records += 1;
      }
    }
  }
  const currencies = [...byCurrency]
    .map(([currency, tally]) => ({
      currency,
      records: tally.records,
      actors: [...tally.actors.values()].sort(
        (a, b) => b.max - a.max || b.min - a.min || compareCodes(a.id, b.id),
      ),
    }))
    .sort((a, b) => b.records - a.records || compareCodes(a.currency, b.currency));
  return { currencies, withoutAmount, withoutActor, shared };
}
