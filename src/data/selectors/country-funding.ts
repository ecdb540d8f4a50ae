import type { CooperationRecord, Partnership } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { citedCount, type CitedCount } from './footnotes';
import { splitAmount, type Partner } from './funding-split';
import { addJoint, jointTotals, type JointTally } from './joint-money';
import { partyCountry, type DatasetModel } from './model';
import { addMoney, emptyMoney, type MoneySum } from './money-sum';
import { compareCodes } from './sort';

/** Amounts the country shares with the same partners and no split: counted once, with who shares them. */
export interface JointTotal extends CitedCount {
  /** Every partner on this side, the country itself among them. */
  partners: Partner[];
  sum: MoneySum;
}

/** Money in one currency: currencies are never added together. */
export interface CurrencyTotal extends CitedCount {
  currency: string;
  /** What the sources attribute to the country alone: sole amounts and its own parts of joint ones. */
  sum: MoneySum;
  /** The records behind `sum`. */
  own: CitedCount;
  /** Amounts shared with other donors (or recipients) without a split, per set of partners, largest first. */
  joint: JointTotal[];
}

/** Funding one way, per currency, and the funding partnerships that name no amount. */
export interface FundingTotals {
  byCurrency: CurrencyTotal[];
  /** Partnerships of kind "funding" without an amount; other kinds without one are not money. */
  withoutAmount: CitedCount;
}

/** The side that gives a partnership's money. */
export const GIVING: ReadonlySet<Role> = new Set(['donor']);
const RECIPIENTS: ReadonlySet<Role> = new Set(['recipient']);
const RECIPIENTS_OR_IMPLEMENTERS: ReadonlySet<Role> = new Set(['recipient', 'implementer']);

/**
 * Who receives a record's money: its recipients where it names any, so that an operator carrying
 * out the work (The HALO Trust in Ukraine, a British charity) is the channel, not a second receiver;
 * its implementers only where no recipient is named (a grant to Cambodia's own CMAC).
 */
export function receivingRoles(record: CooperationRecord): ReadonlySet<Role> {
  return record.parties.some((party) => party.role === 'recipient') ? RECIPIENTS : RECIPIENTS_OR_IMPLEMENTERS;
}

/**
 * Funding a country gave: partnerships in which it is a donor. Its own figure is what it gave alone
 * plus its stated part of joint amounts; the rest of a joint amount is listed once, with its partners.
 */
export function fundingGiven(model: DatasetModel, records: CooperationRecord[], iso3: string): FundingTotals {
  const given = partnerships(records).filter((record) => playsAny(model, record, iso3, GIVING));
  return totals(model, given, iso3, GIVING);
}

/**
 * Funding a country received: partnerships in which it receives (see receivingRoles) and is not also
 * a donor (its own money is not "received"). A programme for several countries is joint, never one country's.
 */
export function fundingReceived(
  model: DatasetModel,
  records: CooperationRecord[],
  iso3: string,
): FundingTotals {
  const received = partnerships(records).filter(
    (record) =>
      playsAny(model, record, iso3, receivingRoles(record)) && !playsAny(model, record, iso3, GIVING),
  );
  return totals(model, received, iso3, receivingRoles);
}

interface Tally {
  sum: MoneySum;
  own: Partnership[];
  all: Partnership[];
  joint: JointTally;
}

function totals(
  model: DatasetModel,
  records: Partnership[],
  iso3: string,
  rolesOf: ReadonlySet<Role> | ((record: Partnership) => ReadonlySet<Role>),
): FundingTotals {
  const byCurrency = new Map<string, Tally>();
  const withoutAmount: Partnership[] = [];
  for (const record of records) {
    const roles = typeof rolesOf === 'function' ? rolesOf(record) : rolesOf;
    const split = splitAmount(model, record, 'country', roles);
    if (record.amount === undefined || split === null) {
      if (record.kind === 'funding') withoutAmount.push(record);
      continue;
    }
    const { currency } = record.amount;
    let tally = byCurrency.get(currency);
    if (tally === undefined) {
      tally = { sum: emptyMoney(currency), own: [], all: [], joint: new Map() };
      byCurrency.set(currency, tally);
    }
    tally.all.push(record);
    const part = split.own.get(iso3);
    if (part !== undefined) {
      addMoney(tally.sum, part, record);
      tally.own.push(record);
    }
    const { joint } = split;
    if (joint !== null && joint.partners.some((p) => p.kind === 'country' && p.id === iso3)) {
      addJoint(tally.joint, joint.partners, currency, joint.part, record);
    }
  }
  return {
    byCurrency: [...byCurrency]
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([currency, tally]) => ({
        currency,
        ...citedCount(tally.all),
        sum: tally.sum,
        own: citedCount(tally.own),
        joint: jointTotals(tally.joint),
      })),
    withoutAmount: citedCount(withoutAmount),
  };
}

function partnerships(records: CooperationRecord[]): Partnership[] {
  return records.filter((record): record is Partnership => record.type === 'partnership');
}

/** Whether a country (through any party) plays one of the roles in a record. */
export function playsAny(
  model: DatasetModel,
  record: CooperationRecord,
  iso3: string,
  roles: ReadonlySet<Role>,
) {
  return record.parties.some((party) => roles.has(party.role) && partyCountry(model, party) === iso3);
}
