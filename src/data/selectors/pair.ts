import type { CooperationRecord, Party, Training } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { sumFigures, type FigureSum } from './figure-sum';
import { partyCountry, type DatasetModel } from './model';
import { endYear, startYear } from './period';
import { recordsWithCountries } from './records-with-countries';
import { sortedRoles } from './sort';

/** Every record that involves both countries, including those where third parties take part. */
export function recordsInvolvingBoth(
  model: DatasetModel,
  records: CooperationRecord[],
  a: string,
  b: string,
): CooperationRecord[] {
  return recordsWithCountries(model, records, [a, b]);
}

/** Who trained whom between the two countries: one flow per direction that has trainings. */
export interface PairTrainingFlow {
  trainer: string;
  trainee: string;
  trainings: Training[];
  people: FigureSum;
  firstYear: number;
  lastYear: number;
  /** Who paid: the donors of those trainings, as organisations (or countries acting as a whole). */
  funders: PartyRef[];
}

export interface PartyRef {
  organisation?: string;
  country: string | null;
}

/** The training flows between a and b, from the pair's records. */
export function pairTrainingFlows(
  model: DatasetModel,
  pairRecords: CooperationRecord[],
  a: string,
  b: string,
): PairTrainingFlow[] {
  const flows: PairTrainingFlow[] = [];
  for (const [trainer, trainee] of [
    [a, b],
    [b, a],
  ] as const) {
    const trainings = pairRecords.filter(
      (record): record is Training =>
        record.type === 'training' &&
        hasRole(model, record, trainer, 'trainer') &&
        hasRole(model, record, trainee, 'trainee'),
    );
    if (trainings.length === 0) continue;
    flows.push({
      trainer,
      trainee,
      trainings,
      people: sumFigures(trainings.map((training) => training.participants)),
      firstYear: Math.min(...trainings.map(startYear)),
      lastYear: Math.max(...trainings.map(endYear)),
      funders: distinctParties(model, trainings, 'donor'),
    });
  }
  return flows;
}

/** A party from outside the pair, with what it did in the pair's records (e.g. Japan as donor). */
export interface ThirdParty extends PartyRef {
  roles: Role[];
  recordIds: string[];
}

/** Organisations and countries other than the two that take part in the pair's records, most involved first. */
export function thirdParties(
  model: DatasetModel,
  pairRecords: CooperationRecord[],
  a: string,
  b: string,
): ThirdParty[] {
  const byKey = new Map<string, ThirdParty>();
  for (const record of pairRecords) {
    for (const party of record.parties) {
      const { key, ref } = partyRef(model, party);
      if (ref.country === a || ref.country === b) continue;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { ...ref, roles: [], recordIds: [] };
        byKey.set(key, entry);
      }
      if (!entry.roles.includes(party.role)) entry.roles.push(party.role);
      if (!entry.recordIds.includes(record.id)) entry.recordIds.push(record.id);
    }
  }
  return [...byKey.values()]
    .map((entry) => ({ ...entry, roles: sortedRoles(entry.roles) }))
    .sort((x, y) => y.recordIds.length - x.recordIds.length);
}

/** A party as "who": its organisation if it names one, else the country acting as a whole. */
function partyRef(model: DatasetModel, party: Party): { key: string; ref: PartyRef } {
  const country = partyCountry(model, party);
  if (party.organisation !== undefined)
    return { key: party.organisation, ref: { organisation: party.organisation, country } };
  return { key: `country:${country ?? ''}`, ref: { country } };
}

function hasRole(model: DatasetModel, record: CooperationRecord, country: string, role: Role): boolean {
  return record.parties.some((party) => party.role === role && partyCountry(model, party) === country);
}

function distinctParties(model: DatasetModel, records: CooperationRecord[], role: Role): PartyRef[] {
  const seen = new Map<string, PartyRef>();
  for (const record of records) {
    for (const party of record.parties) {
      if (party.role !== role) continue;
      const { key, ref } = partyRef(model, party);
      if (!seen.has(key)) seen.set(key, ref);
    }
  }
  return [...seen.values()];
}
