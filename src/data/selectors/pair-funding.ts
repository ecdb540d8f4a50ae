import type { CooperationRecord, Partnership } from '../schema/records';
import { GIVING, playsAny, receivingRoles } from './country-funding';
import { citedCount, type CitedCount } from './footnotes';
import { splitAmount, type Partner } from './funding-split';
import { addJoint, jointTotals, type JointTally } from './joint-money';
import type { DatasetModel } from './model';
import { addMoney, emptyMoney, type MoneySum } from './money-sum';
import { compareCodes } from './sort';

/** Money one country gave the other in one currency, counted once with whoever else shares it. */
export interface PairJointTotal extends CitedCount {
  /** Everyone else on either side of these amounts (other donors, other recipients). */
  partners: Partner[];
  sum: MoneySum;
}

/** One currency of a pair's money one way; currencies are never added together. */
export interface PairCurrencyTotal {
  currency: string;
  /** What the sources attribute to the donor alone, for the recipient alone. */
  sole: MoneySum;
  soleRecords: CitedCount;
  /** Amounts either side shares without a split: shown once, never as the pair's own. */
  joint: PairJointTotal[];
}

/** What one country of a pair funded in the other (donor to receiving side), per currency. */
export interface PairFunding extends CitedCount {
  donor: string;
  recipient: string;
  byCurrency: PairCurrencyTotal[];
  /** Funding partnerships between them that give no amount. */
  withoutAmount: CitedCount;
}

/**
 * The money between two countries, each way that has any: partnerships in which one is a donor and
 * the other receives (recipients, else implementers; see receivingRoles) without giving too. An
 * amount is the pair's own only when the donor's part is its own and the recipient is the only one
 * receiving; anything shared on either side is joint, with its partners, so nothing is overstated.
 */
export function pairFunding(
  model: DatasetModel,
  pairRecords: readonly CooperationRecord[],
  a: string,
  b: string,
): PairFunding[] {
  return [oneWay(model, pairRecords, a, b), oneWay(model, pairRecords, b, a)].filter(
    (funding) => funding.count > 0,
  );
}

interface Tally {
  sole: MoneySum;
  soleRecords: Partnership[];
  joint: JointTally;
}

function oneWay(
  model: DatasetModel,
  records: readonly CooperationRecord[],
  donor: string,
  recipient: string,
): PairFunding {
  const funded = records.filter(
    (record): record is Partnership =>
      record.type === 'partnership' &&
      playsAny(model, record, donor, GIVING) &&
      playsAny(model, record, recipient, receivingRoles(record)) &&
      !playsAny(model, record, recipient, GIVING),
  );
  const byCurrency = new Map<string, Tally>();
  const withAmount: Partnership[] = [];
  const withoutAmount: Partnership[] = [];
  for (const record of funded) {
    const given = splitAmount(model, record, 'country', GIVING);
    const received = splitAmount(model, record, 'country', receivingRoles(record));
    if (record.amount === undefined || given === null || received === null) {
      if (record.kind === 'funding') withoutAmount.push(record);
      continue;
    }
    const own = given.own.get(donor);
    const part = own ?? given.joint?.part;
    if (part === undefined) continue;
    withAmount.push(record);
    const { currency } = record.amount;
    let tally = byCurrency.get(currency);
    if (tally === undefined) {
      tally = { sole: emptyMoney(currency), soleRecords: [], joint: new Map() };
      byCurrency.set(currency, tally);
    }
    const soleRecipient = received.joint === null && received.own.has(recipient);
    if (own !== undefined && soleRecipient) {
      addMoney(tally.sole, own, record);
      tally.soleRecords.push(record);
      continue;
    }
    const partners = [
      ...(own === undefined ? (given.joint?.partners ?? []) : []),
      ...(soleRecipient ? [] : (received.joint?.partners ?? [])),
    ].filter(
      (partner) => !(partner.kind === 'country' && (partner.id === donor || partner.id === recipient)),
    );
    addJoint(tally.joint, partners, currency, part, record);
  }
  return {
    donor,
    recipient,
    ...citedCount([...withAmount, ...withoutAmount]),
    byCurrency: [...byCurrency]
      .sort(([x], [y]) => compareCodes(x, y))
      .map(([currency, tally]) => ({
        currency,
        sole: tally.sole,
        soleRecords: citedCount(tally.soleRecords),
        joint: jointTotals(tally.joint),
      })),
    withoutAmount: citedCount(withoutAmount),
  };
}
