import type { Partnership } from '../schema/records';
import type { CitedCount } from './footnotes';
import { citedCount } from './footnotes';
import { partnersKey, type Partner } from './funding-split';
import { addMoney, emptyMoney, type MoneyPart, type MoneySum } from './money-sum';

/**
 * Amounts shared without a split, gathered per set of partners so each is counted once: the
 * country profile's funding and the pair brief's both keep their joint money this way.
 */
export type JointTally = Map<string, { partners: Partner[]; sum: MoneySum; records: Partnership[] }>;

/** Adds a record's joint part to the entry of its partners, opening the entry at its first amount. */
export function addJoint(
  joints: JointTally,
  partners: Partner[],
  currency: string,
  part: MoneyPart,
  record: Partnership,
): void {
  const key = partnersKey(partners);
  let entry = joints.get(key);
  if (entry === undefined) {
    entry = { partners, sum: emptyMoney(currency), records: [] };
    joints.set(key, entry);
  }
  addMoney(entry.sum, part, record);
  entry.records.push(record);
}

/** The joint amounts with their citations, largest first (by upper, then lower bound). */
export function jointTotals(joints: JointTally): (CitedCount & { partners: Partner[]; sum: MoneySum })[] {
  return [...joints.values()]
    .map((entry) => ({ partners: entry.partners, sum: entry.sum, ...citedCount(entry.records) }))
    .sort((x, y) => y.sum.max - x.sum.max || y.sum.min - x.sum.min);
}
