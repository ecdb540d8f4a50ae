import type { CooperationRecord, Party } from '../schema/records';
import { partyCountry, type DatasetModel } from './model';

/** The countries and organisations the reader chose, whose parts in a record matter most to them. */
export interface PartyFocus {
  countries: readonly string[];
  organisations: readonly string[];
}

/**
 * The parties a table row lists: those of the chosen countries and organisations, when the reader
 * chose any and they are parties of the record; otherwise all of them. A record can involve a chosen
 * country only through a person or its place, and an empty cell would then hide who took part.
 */
export function shownParties(model: DatasetModel, record: CooperationRecord, focus: PartyFocus): Party[] {
  if (focus.countries.length === 0 && focus.organisations.length === 0) return record.parties;
  const chosen = record.parties.filter((party) => {
    const country = partyCountry(model, party);
    return (
      (country !== null && focus.countries.includes(country)) ||
      (party.organisation !== undefined && focus.organisations.includes(party.organisation))
    );
  });
  return chosen.length > 0 ? chosen : record.parties;
}
