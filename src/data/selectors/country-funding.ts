import type { CooperationRecord, Partnership } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { sumFigures, type FigureSum } from './figure-sum';
import { citedCount, type CitedCount } from './footnotes';
import { partyCountry, type DatasetModel } from './model';
import { compareCodes } from './sort';

/** Money in one currency: currencies are never added together. */
export interface CurrencyTotal extends CitedCount {
  currency: string;
  /** The sum of the amounts; a disputed amount adds its low and high value to min and max. */
  sum: FigureSum;
  /** The records among `count` whose amount is a combined total with other donors (or recipients). */
  joint: CitedCount;
}

/** Funding one way, per currency, and the funding partnerships that name no amount. */
export interface FundingTotals {
  byCurrency: CurrencyTotal[];
  /** Partnerships of kind "funding" without an amount; other kinds without one are not money. */
  withoutAmount: CitedCount;
}

const GIVING: readonly Role[] = ['donor'];
const RECEIVING: readonly Role[] = ['recipient', 'implementer'];

/**
 * Funding a country gave: partnerships in which it is a donor. A record's whole amount counts,
 * since sources give no split; a record shared with other donors is counted as joint instead.
 */
export function fundingGiven(model: DatasetModel, records: CooperationRecord[], iso3: string): FundingTotals {
  const given = partnerships(records).filter((record) => playsAny(model, record, iso3, GIVING));
  return totals(given, (record) => othersPlay(model, record, iso3, GIVING));
}

/**
 * Funding a country received: partnerships in which it is a recipient or implementer and not also
 * a donor (its own money is not "received"). Shared with other recipients or implementers = joint.
 */
export function fundingReceived(
  model: DatasetModel,
  records: CooperationRecord[],
  iso3: string,
): FundingTotals {
  const received = partnerships(records).filter(
    (record) => playsAny(model, record, iso3, RECEIVING) && !playsAny(model, record, iso3, GIVING),
  );
  return totals(received, (record) => othersPlay(model, record, iso3, RECEIVING));
}

function totals(records: Partnership[], isJoint: (record: Partnership) => boolean): FundingTotals {
  const byCurrency = new Map<string, Partnership[]>();
  const withoutAmount: Partnership[] = [];
  for (const record of records) {
    if (record.amount === undefined) {
      if (record.kind === 'funding') withoutAmount.push(record);
      continue;
    }
    const list = byCurrency.get(record.amount.currency) ?? [];
    list.push(record);
    byCurrency.set(record.amount.currency, list);
  }
  return {
    byCurrency: [...byCurrency]
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([currency, list]) => ({
        currency,
        ...citedCount(list),
        sum: sumFigures(list.map((record) => record.amount?.value)),
        joint: citedCount(list.filter(isJoint)),
      })),
    withoutAmount: citedCount(withoutAmount),
  };
}

function partnerships(records: CooperationRecord[]): Partnership[] {
  return records.filter((record): record is Partnership => record.type === 'partnership');
}

function playsAny(model: DatasetModel, record: CooperationRecord, iso3: string, roles: readonly Role[]) {
  return record.parties.some((party) => roles.includes(party.role) && partyCountry(model, party) === iso3);
}

// An international body (no country) sharing the role makes the amount joint as much as a country does.
function othersPlay(model: DatasetModel, record: CooperationRecord, iso3: string, roles: readonly Role[]) {
  return record.parties.some((party) => roles.includes(party.role) && partyCountry(model, party) !== iso3);
}
