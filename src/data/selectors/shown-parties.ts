import type { CooperationRecord, Party } from '../schema/records';
import { partyCountry, type DatasetModel } from './model';
import { countryName, organisationName } from './names';

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

/** How a party is named in a table cell: its acronym where it has one ("JICA"), and its full name. */
export interface PartyLabel {
  short: string;
  full: string;
}

/**
 * A party's label for the Roles column. Full organisation names run to sixty characters
 * ("Anti-Personnel Mine Ban Convention Implementation Support Unit (ISU)") and three of them filled
 * a column of their own; the acronym keeps a row to a few lines, and the full name goes with it.
 */
export function partyLabel(model: DatasetModel, party: Party): PartyLabel {
  if (party.organisation === undefined) {
    const name = countryName(model, party.country ?? '');
    return { short: name, full: name };
  }
  const full = organisationName(model, party.organisation);
  const acronym = model.organisationsById.get(party.organisation)?.acronym;
  return { short: acronym ?? full, full };
}
