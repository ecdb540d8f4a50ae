import type { CooperationEvent, CooperationRecord, Training } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import { sumFigures, type FigureSum } from './figure-sum';
import { citedCount, sourcesOfRecords, type Cited, type CitedCount } from './footnotes';
import { fundingGiven, fundingReceived, type FundingTotals } from './country-funding';
import type { DatasetModel } from './model';
import { rolesByCountry } from './party-roles';
import { countryPartners, countryRoles, type CountryPartner } from './partners';
import { recordsWithCountries } from './records-with-countries';

/** Trainings one way, with the people they trained as an honest range. */
export interface TrainingFigure extends CitedCount {
  /** People trained; `unknown` counts the trainings without a figure. */
  people: FigureSum;
  /** The trainings that give a number of people, and their sources. */
  counted: Cited;
  /** The trainings that give none. */
  withoutCount: CitedCount;
}

export interface RoleFigure extends CitedCount {
  role: Role;
}

export interface PartnerFigure extends CountryPartner {
  sourceIds: string[];
}

/** Everything the headline of a country's profile shows, each figure with the records and sources behind it. */
export interface CountryProfile {
  iso3: string;
  /** Every record that involves the country (as a party, through a person, or as the place). */
  records: CooperationRecord[];
  partners: CitedCount & { list: PartnerFigure[] };
  /** The country's partnerships, and how many it is in under each role (a partnership counts once per role). */
  partnerships: CitedCount & { byRole: RoleFigure[] };
  trainingsProvided: TrainingFigure;
  trainingsReceived: TrainingFigure;
  /** Events at which the country (its government or one of its organisations) is host or organiser. */
  eventsHosted: CitedCount;
  /** Events the country takes part in otherwise. */
  eventsAttended: CitedCount;
  fundingGiven: FundingTotals;
  fundingReceived: FundingTotals;
}

const HOSTING: readonly Role[] = ['host', 'organiser'];

/** The records that involve a country: as a party, through a person, or as the place (as the country filter reads it). */
export function recordsInvolving(
  model: DatasetModel,
  records: CooperationRecord[],
  iso3: string,
): CooperationRecord[] {
  return recordsWithCountries(model, records, [iso3]);
}

/** The headline figures of a country's profile, from the records under the current filters. */
export function countryProfile(
  model: DatasetModel,
  records: CooperationRecord[],
  iso3: string,
): CountryProfile {
  const involving = recordsInvolving(model, records, iso3);
  const ownRoles = new Map(involving.map((record) => [record.id, rolesByCountry(model, record).get(iso3)]));
  const plays = (record: CooperationRecord, role: Role) => ownRoles.get(record.id)?.has(role) ?? false;

  const partnerList = countryPartners(model, involving, iso3).map((partner) => ({
    ...partner,
    sourceIds: sourcesOfRecords(involving.filter((record) => partner.recordIds.includes(record.id))),
  }));
  const partnerRecordIds = new Set(partnerList.flatMap((partner) => partner.recordIds));
  // A partnership the country is only the place of is not one of its partnerships.
  const partnerships = involving.filter(
    (record) => record.type === 'partnership' && ownRoles.get(record.id) !== undefined,
  );
  const events = involving.filter((record): record is CooperationEvent => record.type === 'event');
  const hosted = events.filter((record) => HOSTING.some((role) => plays(record, role)));
  const attended = events.filter(
    (record) => ownRoles.get(record.id) !== undefined && !hosted.includes(record),
  );

  return {
    iso3,
    records: involving,
    partners: {
      ...citedCount(involving.filter((record) => partnerRecordIds.has(record.id))),
      count: partnerList.length,
      list: partnerList,
    },
    partnerships: {
      ...citedCount(partnerships),
      byRole: countryRoles(model, partnerships, iso3).map(({ role, count }) => ({
        role,
        ...citedCount(partnerships.filter((record) => plays(record, role))),
        count,
      })),
    },
    trainingsProvided: trainingFigure(involving.filter((record) => plays(record, 'trainer'))),
    trainingsReceived: trainingFigure(involving.filter((record) => plays(record, 'trainee'))),
    eventsHosted: citedCount(hosted),
    eventsAttended: citedCount(attended),
    fundingGiven: fundingGiven(model, involving, iso3),
    fundingReceived: fundingReceived(model, involving, iso3),
  };
}

function trainingFigure(records: CooperationRecord[]): TrainingFigure {
  const trainings = records.filter((record): record is Training => record.type === 'training');
  const counted = trainings.filter((training) => training.participants !== undefined);
  return {
    ...citedCount(trainings),
    people: sumFigures(trainings.map((training) => training.participants)),
    counted: { recordIds: counted.map((training) => training.id), sourceIds: sourcesOfRecords(counted) },
    withoutCount: citedCount(trainings.filter((training) => training.participants === undefined)),
  };
}
