import type { Source } from '../../src/data/schema/entities';
import type { Period } from '../../src/data/schema/partial-date-schema';
import type {
  Amount,
  CooperationEvent,
  CooperationRecord,
  Partnership,
  Training,
} from '../../src/data/schema/records';
import type { EVENT_KINDS, PARTNERSHIP_KINDS, RecordType } from '../../src/data/schema/vocabulary';
import type { Actors } from './actors';
import type { SyntheticCountry } from './countries';
import { generatePeriod, LAST_YEAR } from './dates';
import type { Random } from './random';
import { generateEvidence, generatePeople, generatePlace, generateThemes, PartyList } from './record-parts';

/** What every record builder draws on. */
export interface RecordContext {
  random: Random;
  actors: Actors;
  sources: readonly Source[];
}

const TYPES: readonly (readonly [RecordType, number])[] = [
  ['partnership', 55],
  ['training', 15],
  ['event', 30],
];

/** The record with the given number (from 1): a partnership, a training or an event. */
export function generateRecord(context: RecordContext, number: number): CooperationRecord {
  const type = context.random.weighted(TYPES);
  if (type === 'partnership') return generatePartnership(context, number);
  if (type === 'training') return generateTraining(context, number);
  return generateEvent(context, number);
}

type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
type EventKind = (typeof EVENT_KINDS)[number];

const AMOUNT_CHANCE: Record<PartnershipKind, number> = {
  funding: 0.85,
  'equipment-transfer': 0.5,
  'technical-assistance': 0.3,
  agreement: 0.1,
  'joint-operation': 0.1,
};

// Mostly US dollars, as in mine action reporting; the rate turns a dollar value into a plausible sum.
const CURRENCIES: readonly (readonly [{ code: string; rate: number; rounding: number }, number])[] = [
  [{ code: 'USD', rate: 1, rounding: 1000 }, 70],
  [{ code: 'EUR', rate: 0.92, rounding: 1000 }, 15],
  [{ code: 'JPY', rate: 150, rounding: 100_000 }, 8],
  [{ code: 'GBP', rate: 0.79, rounding: 1000 }, 7],
];

function generatePartnership({ random, actors, sources }: RecordContext, number: number): Partnership {
  const kind = random.weighted<PartnershipKind>([
    ['funding', 50],
    ['technical-assistance', 20],
    ['equipment-transfer', 10],
    ['agreement', 10],
    ['joint-operation', 10],
  ]);
  const recipient = actors.affectedCountry(random);
  const parties = new PartyList();
  const donors = random.weighted([
    [1, 75],
    [2, 18],
    [3, 7],
  ]);
  for (let i = 0; i < donors; i += 1) parties.add(actors.funder(random), 'donor');
  if (random.chance(0.7)) {
    parties.add(
      random.chance(0.3) ? actors.authorityOf(random, recipient) : actors.operator(random),
      'implementer',
    );
  }
  if (random.chance(0.25)) parties.addCountry(recipient, 'recipient');
  else parties.add(actors.authorityOf(random, recipient), 'recipient');
  if (random.chance(0.1)) parties.add(actors.international(random), 'coordinator');

  const period = generatePeriod(random, 'partnership');
  const hasAmount = random.chance(AMOUNT_CHANCE[kind]);
  const { evidence, figure } = generateEvidence(random, sources, hasAmount);
  let amount: Amount | undefined;
  if (hasAmount) {
    const currency = random.weighted(CURRENCIES);
    // Log-uniform between about 50 thousand and 30 million dollars.
    const dollars = 10 ** (4.7 + random.next() * 2.8);
    const value = Math.max(
      currency.rounding,
      Math.round((dollars * currency.rate) / currency.rounding) * currency.rounding,
    );
    amount = { value: figure(value, currency.rounding), currency: currency.code };
  }
  const people = generatePeople(random, parties);
  return {
    id: `syn-rec-${number}`,
    type: 'partnership',
    kind,
    title: `Synthetic partnership ${number}: ${kind.replace('-', ' ')} for ${recipient.country.name}`,
    ...(random.chance(0.3)
      ? { summary: 'Generated record for testing; it describes no real partnership.' }
      : {}),
    period,
    parties: parties.parties,
    themes: generateThemes(random, kind === 'equipment-transfer' ? 'equipment' : 'clearance'),
    ...(people === undefined ? {} : { people }),
    ...(random.chance(0.3) ? { place: generatePlace(random, recipient, number) } : {}),
    status: partnershipStatus(random, period),
    ...(amount === undefined ? {} : { amount }),
    ...evidence,
  };
}

/** A status that fits the period: ended periods are completed (or unknown), future ones planned. */
function partnershipStatus(random: Random, period: Period): Partnership['status'] {
  const startYear = Number(period.start.slice(0, 4));
  const endYear = period.end === undefined ? undefined : Number(period.end.slice(0, 4));
  if (endYear !== undefined && endYear < LAST_YEAR) {
    return random.chance(0.75) ? 'completed' : 'unknown';
  }
  if (startYear >= LAST_YEAR) return random.chance(0.6) ? 'planned' : 'active';
  return random.weighted<Partnership['status']>([
    ['active', 70],
    ['unknown', 15],
    ['completed', 15],
  ]);
}

function generateTraining({ random, actors, sources }: RecordContext, number: number): Training {
  const traineeCountry = actors.affectedCountry(random);
  const parties = new PartyList();
  // Affected countries teach each other (south-south exchanges) as often as institutes do.
  const trainer = random.chance(0.4)
    ? actors.authorityOf(random, otherThan(random, actors, traineeCountry))
    : actors.trainer(random);
  parties.add(trainer, 'trainer');
  parties.add(actors.authorityOf(random, traineeCountry), 'trainee');
  if (random.chance(0.15)) parties.add(actors.authorityOf(random, actors.affectedCountry(random)), 'trainee');
  if (random.chance(0.6)) parties.add(actors.funder(random), 'donor');

  const trainerCountry = trainer.country === null ? undefined : actors.countryOf(trainer.country);
  const placeCountry = trainerCountry !== undefined && random.chance(0.5) ? trainerCountry : traineeCountry;
  const hasParticipants = random.chance(0.75);
  const { evidence, figure } = generateEvidence(random, sources, hasParticipants);
  const people = generatePeople(random, parties);
  return {
    id: `syn-rec-${number}`,
    type: 'training',
    title: `Synthetic training ${number}: course for ${traineeCountry.country.name}`,
    period: generatePeriod(random, 'training'),
    place: generatePlace(random, placeCountry, number),
    parties: parties.parties,
    themes: generateThemes(random, 'capacity-building'),
    ...(people === undefined ? {} : { people }),
    ...(hasParticipants ? { participants: figure(random.int(5, 60), 1) } : {}),
    topics: random.sample(TOPICS, random.int(1, 3)),
    equipment: random.sample(EQUIPMENT, random.int(0, 2)),
    ...evidence,
  };
}

/** An affected country, drawn again once if it is `country`, so that most exchanges cross a border. */
function otherThan(random: Random, actors: Actors, country: SyntheticCountry): SyntheticCountry {
  const drawn = actors.affectedCountry(random);
  return drawn === country ? actors.affectedCountry(random) : drawn;
}

const TOPICS = [
  'Synthetic topic: manual clearance drills',
  'Synthetic topic: non-technical survey',
  'Synthetic topic: explosive ordnance disposal',
  'Synthetic topic: information management',
  'Synthetic topic: quality management',
  'Synthetic topic: risk education methods',
];
const EQUIPMENT = ['Synthetic detector A', 'Synthetic detector B', 'Synthetic demining machine C'];
const OUTCOMES = [
  'Synthetic outcome: the parties agreed to meet again.',
  'Synthetic outcome: a joint statement was adopted.',
  'Synthetic outcome: a work plan was drafted.',
];
const LARGE_EVENTS: readonly EventKind[] = ['conference', 'summit', 'treaty-meeting'];

function generateEvent({ random, actors, sources }: RecordContext, number: number): CooperationEvent {
  const kind = random.weighted<EventKind>([
    ['meeting', 30],
    ['visit', 15],
    ['conference', 12],
    ['workshop', 12],
    ['treaty-meeting', 5],
    ['summit', 3],
    ['signing', 8],
    ['handover', 7],
    ['launch', 4],
    ['announcement', 4],
  ]);
  const placeCountry = actors.eventCountry(random);
  const parties = new PartyList();
  const host = actors.basedIn(random, placeCountry);
  if (host !== undefined) parties.add(host, kind === 'handover' ? 'recipient' : 'host');
  else parties.add(actors.international(random), 'organiser');
  if (kind === 'handover') parties.add(actors.funder(random), 'donor');
  const others = LARGE_EVENTS.includes(kind) ? random.int(4, 14) : random.int(1, 4);
  const role = kind === 'signing' ? 'signatory' : 'participant';
  for (let i = 0; i < others; i += 1) {
    parties.add(actors.attendee(random), role);
  }
  const { evidence } = generateEvidence(random, sources, false);
  const people = generatePeople(random, parties);
  return {
    id: `syn-rec-${number}`,
    type: 'event',
    kind,
    title: `Synthetic event ${number}: ${kind.replace('-', ' ')} in ${placeCountry.country.name}`,
    period: generatePeriod(random, 'event'),
    place: generatePlace(random, placeCountry, number),
    parties: parties.parties,
    themes: generateThemes(random, random.chance(0.5) ? 'policy-advocacy' : 'capacity-building'),
    ...(people === undefined ? {} : { people }),
    outcomes: random.sample(OUTCOMES, random.int(0, 2)),
    ...evidence,
  };
}
