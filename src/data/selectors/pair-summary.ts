import type { CooperationEvent, CooperationRecord, Training } from '../schema/records';
import type { RecordType, Role } from '../schema/vocabulary';
import type { FigureSum } from './figure-sum';
import { citedCount, sourcesOfRecords, type Cited, type CitedCount } from './footnotes';
import type { DatasetModel } from './model';
import {
  pairTrainingFlows,
  recordsInvolvingBoth,
  thirdParties,
  type PartyRef,
  type ThirdParty,
} from './pair';
import { pairFunding, type PairFunding } from './pair-funding';
import { endYear, startYear } from './period';
import { compareCodes, sortedRoles } from './sort';

/** A disputed number of people, with the value each source gives. */
export interface DisputedCount {
  recordId: string;
  values: { value: number; source: string }[];
}

/** The organisations of one country (or of no country: international bodies) that did something. */
export interface PartyGroup extends Cited {
  country: string | null;
  /** Organisation ids; empty when the country acted as a whole. */
  organisations: string[];
}

/** Who trained whom, how often, how many people, and who paid. */
export interface FlowSummary {
  trainer: string;
  trainee: string;
  trainings: CitedCount;
  firstYear: number;
  lastYear: number;
  people: FigureSum;
  /** The trainings that give a number of people. */
  counted: Cited;
  /** The trainings that give none. */
  withoutCount: CitedCount;
  disputes: DisputedCount[];
  funders: PartyGroup[];
}

export interface PlaceCount extends CitedCount {
  country: string;
}

export interface EventsSummary extends CitedCount {
  firstYear: number | null;
  lastYear: number | null;
  /** Where the events took place, most first. */
  byPlace: PlaceCount[];
}

export interface ThirdPartySummary extends ThirdParty {
  sourceIds: string[];
}

/** The third parties of one country (or the international bodies: country null), with what they did together. */
export interface ThirdCountrySummary extends CitedCount {
  country: string | null;
  parties: ThirdPartySummary[];
  /** Every role its parties played, in vocabulary order. */
  roles: Role[];
}

/** The relationship between two countries in figures, each with the records and sources it comes from. */
export interface PairSummary {
  a: string;
  b: string;
  records: CitedCount;
  firstYear: number | null;
  lastYear: number | null;
  byType: Record<RecordType, CitedCount>;
  flows: FlowSummary[];
  /** Trainings that involve both countries without one training the other (e.g. one as donor). */
  otherTrainings: CitedCount;
  events: EventsSummary;
  thirdParties: ThirdPartySummary[];
  /** The same third parties grouped by country, most involved first. */
  thirdCountries: ThirdCountrySummary[];
  /** Money one gave the other, each way that has any (see pairFunding). */
  funding: PairFunding[];
}

/** Summarises what the records under the current filters say about countries a and b together. */
export function pairSummary(
  model: DatasetModel,
  records: CooperationRecord[],
  a: string,
  b: string,
): PairSummary {
  const pair = recordsInvolvingBoth(model, records, a, b);
  const ofType = <T extends CooperationRecord>(type: RecordType) =>
    pair.filter((record): record is T => record.type === type);
  const events = ofType<CooperationEvent>('event');
  const span = yearSpan(pair);
  const eventSpan = yearSpan(events);
  const flows = pairTrainingFlows(model, pair, a, b);
  const inFlows = new Set(flows.flatMap((flow) => flow.trainings.map((training) => training.id)));
  const third = thirdParties(model, pair, a, b).map((party) => ({
    ...party,
    sourceIds: sourcesOfRecords(pair.filter((record) => party.recordIds.includes(record.id))),
  }));
  return {
    a,
    b,
    records: citedCount(pair),
    firstYear: span.first,
    lastYear: span.last,
    byType: {
      partnership: citedCount(ofType('partnership')),
      training: citedCount(ofType('training')),
      event: citedCount(events),
    },
    flows: flows.map((flow) => {
      const counted = flow.trainings.filter((training) => training.participants !== undefined);
      return {
        trainer: flow.trainer,
        trainee: flow.trainee,
        trainings: citedCount(flow.trainings),
        firstYear: flow.firstYear,
        lastYear: flow.lastYear,
        people: flow.people,
        counted: { recordIds: counted.map((training) => training.id), sourceIds: sourcesOfRecords(counted) },
        withoutCount: citedCount(flow.trainings.filter((training) => training.participants === undefined)),
        disputes: disputedCounts(flow.trainings),
        funders: groupByCountry(flow.funders, flow.trainings),
      };
    }),
    otherTrainings: citedCount(ofType<Training>('training').filter((training) => !inFlows.has(training.id))),
    events: {
      ...citedCount(events),
      firstYear: eventSpan.first,
      lastYear: eventSpan.last,
      byPlace: byPlace(events),
    },
    thirdParties: third,
    thirdCountries: groupThirdParties(third, pair),
    funding: pairFunding(model, pair, a, b),
  };
}

function yearSpan(records: CooperationRecord[]): { first: number | null; last: number | null } {
  if (records.length === 0) return { first: null, last: null };
  return { first: Math.min(...records.map(startYear)), last: Math.max(...records.map(endYear)) };
}

function disputedCounts(trainings: Training[]): DisputedCount[] {
  return trainings.flatMap((training) =>
    training.participants !== undefined && typeof training.participants !== 'number'
      ? [{ recordId: training.id, values: training.participants.values }]
      : [],
  );
}

/** "Japan (JICA, Government of Japan)": funders grouped by their country, each group with its records. */
function groupByCountry(refs: PartyRef[], records: Training[]): PartyGroup[] {
  const groups = new Map<string, { group: PartyGroup; records: Training[] }>();
  for (const ref of refs) {
    const key = ref.country ?? '';
    let entry = groups.get(key);
    if (!entry) {
      entry = {
        group: { country: ref.country, organisations: [], recordIds: [], sourceIds: [] },
        records: [],
      };
      groups.set(key, entry);
    }
    if (ref.organisation !== undefined) entry.group.organisations.push(ref.organisation);
    for (const record of records) {
      const funds = record.parties.some(
        (party) =>
          party.role === 'donor' &&
          (ref.organisation !== undefined
            ? party.organisation === ref.organisation
            : party.organisation === undefined && party.country === ref.country),
      );
      if (funds && !entry.records.includes(record)) entry.records.push(record);
    }
  }
  return [...groups.values()].map(({ group, records: funded }) => {
    // Keep the records in the flow's order so markers read the same way everywhere.
    const ordered = records.filter((record) => funded.includes(record));
    return { ...group, recordIds: ordered.map((record) => record.id), sourceIds: sourcesOfRecords(ordered) };
  });
}

function groupThirdParties(parties: ThirdPartySummary[], pair: CooperationRecord[]): ThirdCountrySummary[] {
  const groups = new Map<string, ThirdPartySummary[]>();
  for (const party of parties) {
    const key = party.country ?? '';
    groups.set(key, [...(groups.get(key) ?? []), party]);
  }
  return [...groups.values()]
    .map((members) => {
      const ids = new Set(members.flatMap((party) => party.recordIds));
      return {
        country: members[0]?.country ?? null,
        parties: members,
        roles: sortedRoles(members.flatMap((party) => party.roles)),
        ...citedCount(pair.filter((record) => ids.has(record.id))),
      };
    })
    .sort((x, y) => y.count - x.count);
}

function byPlace(events: CooperationEvent[]): PlaceCount[] {
  const places = new Map<string, CooperationEvent[]>();
  for (const event of events)
    places.set(event.place.country, [...(places.get(event.place.country) ?? []), event]);
  return [...places]
    .map(([country, list]) => ({ country, ...citedCount(list) }))
    .sort((x, y) => y.count - x.count || compareCodes(x.country, y.country));
}
