import type { Dataset } from '../schema/dataset';
import type { CooperationRecord, Party } from '../schema/records';
import { CONFIDENCES, RECORD_TYPES, THEMES } from '../schema/vocabulary';
import { nextTask } from '../next-task';
import { flowPairs, roleBit } from './flow-rule';
import { partyCountry, type DatasetModel } from './model';
import { endYear, startYear } from './period';
import { PLACED_TYPES } from './placed-types';

/**
 * The dataset's records turned into numbers once, when it loads, so that what runs at every filter
 * change (the filter, the map's involvement, links and places) counts into typed arrays instead of
 * rebuilding sets and string-keyed maps for each of 100k records.
 *
 * Lists of ids per record are stored flat: record r's countries are
 * `countryList[countryStart[r]]` up to (not including) `countryList[countryStart[r + 1]]`.
 */
export interface RecordIndex {
  dataset: Dataset;
  /** Every country a record involves, as countriesOfRecord (model.ts) gives them. */
  countryCodes: string[];
  countryStart: Int32Array;
  countryList: Int32Array;
  /** Every organisation a record involves, as organisationsOfRecord gives them. */
  organisationIds: string[];
  organisationStart: Int32Array;
  organisationList: Int32Array;
  /** The ordered country pairs that records link (see linkedPairs), and each record's. */
  links: { key: string; from: string; to: string }[];
  linkStart: Int32Array;
  linkList: Int32Array;
  /** Per record: a place id; NOT_PLACED for partnerships; NO_COORDINATES for a training or event that gives none. */
  placeOf: Int32Array;
  placeKeys: string[];
  type: Uint8Array;
  confidence: Uint8Array;
  /** One bit per theme, in the order of THEMES. */
  themeBits: Uint32Array;
  startYear: Int32Array;
  endYear: Int32Array;
  /** 1 where the record gives an amount of money. */
  hasAmount: Uint8Array;
  /**
   * Every party of every record, flat like the lists above (record r's from partyStart[r]): its role
   * as a bit of ROLES, its country (as actorCountry gives it; -1 for none) and its organisation (-1 for none).
   */
  partyStart: Int32Array;
  partyRoles: Int32Array;
  partyCountry: Int32Array;
  partyOrganisation: Int32Array;
}

export const NOT_PLACED = -1;
export const NO_COORDINATES = -2;

/** Which position in the dataset each record of a filtered list has, and the index they refer to. */
export interface IndexedList {
  index: RecordIndex;
  positions: Int32Array;
}

const indexes = new WeakMap<Dataset, RecordIndex>();
const indexedLists = new WeakMap<readonly CooperationRecord[], IndexedList>();

/** The model's record index, built on first use and kept as long as its dataset. */
export function recordIndex(model: DatasetModel): RecordIndex {
  let index = indexes.get(model.dataset);
  if (index === undefined) {
    index = buildRecordIndex(model);
    indexes.set(model.dataset, index);
  }
  return index;
}

/** Remembers that `records` are the index's records at `positions` (the filter does, as it makes the list). */
export function registerIndexedList(records: readonly CooperationRecord[], list: IndexedList): void {
  indexedLists.set(records, list);
}

/**
 * The positions of `records` in the index, when they are known: the whole dataset, or a list the
 * filter made. Null for any other list, which selectors then read record by record.
 */
export function indexedList(records: readonly CooperationRecord[], model?: DatasetModel): IndexedList | null {
  const known = indexedLists.get(records);
  if (known !== undefined) return model === undefined || known.index.dataset === model.dataset ? known : null;
  if (model === undefined || records !== model.dataset.records) return null;
  const whole = { index: recordIndex(model), positions: Int32Array.from(records.keys()) };
  indexedLists.set(records, whole);
  return whole;
}

/**
 * Whether `records` are every record of the model's dataset, in dataset order: the dataset's own list,
 * or a list the filter made (registered above) whose positions are every position in turn. Decided from
 * what the list is, never from its length alone: a copy, a sorted list or another dataset's list of
 * the same length is not the dataset.
 */
export function isWholeDataset(records: readonly CooperationRecord[], model: DatasetModel): boolean {
  const { records: all } = model.dataset;
  if (records === all) return true;
  const known = indexedLists.get(records);
  if (known === undefined || known.index.dataset !== model.dataset) return false;
  const { positions } = known;
  if (positions.length !== all.length) return false;
  for (let at = 0; at < positions.length; at += 1) if (positions[at] !== at) return false;
  return true;
}

/**
 * Builds the index a slice of records at a time, between which the page may do other work: at 100k
 * records the whole build is a few hundred milliseconds, too long to block the page in one task.
 * Resolves once the index is ready; the selectors then find it. (A selector that needs the index
 * before that builds it at once.)
 */
export async function prepareRecordIndex(
  model: DatasetModel,
  recordsPerSlice = 5000,
  pause: () => Promise<unknown> = nextTask,
): Promise<void> {
  const { records } = model.dataset;
  const builder = recordIndexBuilder(model);
  for (let position = 0; position < records.length; position += 1) {
    if (indexes.has(model.dataset)) return;
    builder.add(position);
    if ((position + 1) % recordsPerSlice === 0) await pause();
  }
  if (!indexes.has(model.dataset)) indexes.set(model.dataset, builder.finish());
}

/**
 * Builds the index of a dataset whose records are still arriving (the dataset reader's worker sends
 * them in batches): `addArrived` indexes the records that have joined `model.dataset.records` since
 * the last call, so the work is spread over the batches rather than done after the last one.
 * `finish` makes the index the model's, once all `recordCount` records are there.
 */
export function indexRecordsAsTheyArrive(
  model: DatasetModel,
  recordCount: number,
): { addArrived: () => void; finish: () => void } {
  const builder = recordIndexBuilder(model, recordCount);
  let indexed = 0;
  return {
    addArrived() {
      for (; indexed < model.dataset.records.length; indexed += 1) builder.add(indexed);
    },
    finish() {
      if (indexed !== recordCount || model.dataset.records.length !== recordCount)
        throw new Error(`the index has ${indexed} of ${recordCount} records`);
      indexes.set(model.dataset, builder.finish());
    },
  };
}

function buildRecordIndex(model: DatasetModel): RecordIndex {
  const builder = recordIndexBuilder(model);
  for (let position = 0; position < model.dataset.records.length; position += 1) builder.add(position);
  return builder.finish();
}

// Built with plain loops, stamps and numbers rather than a set per record: at 100k records sets
// made the build take seconds, most of it collecting garbage. Records are added in dataset order.
function recordIndexBuilder(
  model: DatasetModel,
  recordCount = model.dataset.records.length,
): {
  add: (position: number) => void;
  finish: () => RecordIndex;
} {
  // The records as they are when add() runs: they may still be arriving (indexRecordsAsTheyArrive).
  const { records } = model.dataset;
  const countries = new IdTable();
  const organisations = new IdTable();
  const places = new IdTable();
  const linkIds = new Map<number, number>();
  const links: RecordIndex['links'] = [];
  const countryLists = new FlatLists(recordCount);
  const organisationLists = new FlatLists(recordCount);
  const linkLists = new FlatLists(recordCount);
  const placeOf = new Int32Array(recordCount);
  const type = new Uint8Array(recordCount);
  const confidence = new Uint8Array(recordCount);
  const themeBits = new Uint32Array(recordCount);
  const startYears = new Int32Array(recordCount);
  const endYears = new Int32Array(recordCount);
  const hasAmount = new Uint8Array(recordCount);
  // Three lists in step: one entry per party in each.
  const partyRoleLists = new FlatLists(recordCount);
  const partyCountryLists = new FlatLists(recordCount);
  const partyOrganisationLists = new FlatLists(recordCount);
  // The last record (position + 1) that listed each id, so that a record lists an id once.
  const countryStamp: number[] = [];
  const organisationStamp: number[] = [];
  // The country id (null for none) of each of the current record's parties, in order.
  const partyCountryIds: (number | null)[] = [];

  // As actorCountry in model.ts: the actor's own country, else its organisation's home country.
  const countryIdOf = (actor: Pick<Party, 'country' | 'organisation'>) => {
    const iso3 =
      actor.country ??
      (actor.organisation === undefined
        ? undefined
        : model.organisationsById.get(actor.organisation)?.country);
    return iso3 === undefined || iso3 === null ? -1 : countries.idOf(iso3);
  };
  const listCountry = (id: number, stamp: number) => {
    if (id < 0 || countryStamp[id] === stamp) return;
    countryStamp[id] = stamp;
    countryLists.push(id);
  };
  const listOrganisation = (organisation: string | undefined, stamp: number) => {
    if (organisation === undefined) return;
    const id = organisations.idOf(organisation);
    if (organisationStamp[id] === stamp) return;
    organisationStamp[id] = stamp;
    organisationLists.push(id);
  };
  const linkIdOf = (from: number, to: number) => {
    const pair = from * 65536 + to;
    let id = linkIds.get(pair);
    if (id === undefined) {
      id = links.length;
      linkIds.set(pair, id);
      const fromCode = countries.values[from]!;
      const toCode = countries.values[to]!;
      links.push({ key: `${fromCode}>${toCode}`, from: fromCode, to: toCode });
    }
    return id;
  };

  const add = (position: number) => {
    const record = records[position]!;
    const stamp = position + 1;
    partyCountryIds.length = 0;
    for (const party of record.parties) {
      const id = countryIdOf(party);
      listCountry(id, stamp);
      listOrganisation(party.organisation, stamp);
      partyRoleLists.push(roleBit(party.role));
      partyCountryLists.push(id);
      partyOrganisationLists.push(
        party.organisation === undefined ? -1 : organisations.idOf(party.organisation),
      );
      partyCountryIds.push(id < 0 ? null : id);
    }
    for (const person of record.people ?? []) {
      listCountry(countryIdOf(person), stamp);
      listOrganisation(person.organisation, stamp);
    }
    if (record.place !== undefined) listCountry(countries.idOf(record.place.country), stamp);
    countryLists.end();
    organisationLists.end();
    partyRoleLists.end();
    partyCountryLists.end();
    partyOrganisationLists.end();

    const placeCountry = record.place === undefined ? undefined : countries.idOf(record.place.country);
    for (const [from, to] of recordFlowPairs(record.parties, partyCountryIds, placeCountry)) {
      linkLists.push(linkIdOf(from, to));
    }
    linkLists.end();

    placeOf[position] = placeIdOf(record, places);
    type[position] = RECORD_TYPES.indexOf(record.type);
    confidence[position] = CONFIDENCES.indexOf(record.confidence);
    themeBits[position] = themeBitsOf(record.themes);
    startYears[position] = startYear(record);
    endYears[position] = endYear(record);
    hasAmount[position] = record.type === 'partnership' && record.amount !== undefined ? 1 : 0;
  };

  const finish = (): RecordIndex => ({
    dataset: model.dataset,
    countryCodes: countries.values,
    countryStart: countryLists.start,
    countryList: countryLists.finish(),
    organisationIds: organisations.values,
    organisationStart: organisationLists.start,
    organisationList: organisationLists.finish(),
    links,
    linkStart: linkLists.start,
    linkList: linkLists.finish(),
    placeOf,
    placeKeys: places.values,
    type,
    confidence,
    themeBits,
    startYear: startYears,
    endYear: endYears,
    hasAmount,
    partyStart: partyRoleLists.start,
    partyRoles: partyRoleLists.finish(),
    partyCountry: partyCountryLists.finish(),
    partyOrganisation: partyOrganisationLists.finish(),
  });
  return { add, finish };
}

/** One bit per theme, in the order of THEMES. */
export function themeBitsOf(themes: readonly string[]): number {
  let bits = 0;
  for (const theme of themes) bits |= 1 << THEMES.indexOf(theme as (typeof THEMES)[number]);
  return bits >>> 0;
}

/** The ordered pairs of countries one record links as a provider to a receiver, each pair once (flow-rule.ts). */
export function linkedPairs(model: DatasetModel, record: CooperationRecord): RecordIndex['links'] {
  const countries = record.parties.map((party) => partyCountry(model, party));
  return recordFlowPairs(record.parties, countries, record.place?.country).map(([from, to]) => ({
    key: `${from}>${to}`,
    from,
    to,
  }));
}

/**
 * The flow rule (flow-rule.ts) applied to one record: the roles each country plays through the
 * record's parties, as bits, and the pairs they link. The one place both the index (countries as ids)
 * and linkedPairs (countries as codes) read a record's flows from. `countries` holds each party's
 * country (null for none), in the parties' order.
 */
function recordFlowPairs<C>(
  parties: readonly Party[],
  countries: readonly (C | null)[],
  place: C | undefined,
): [from: C, to: C][] {
  const playing: C[] = [];
  const bits: number[] = [];
  parties.forEach((party, at) => {
    const country = countries[at] ?? null;
    if (country === null) return;
    const known = playing.indexOf(country);
    if (known === -1) {
      playing.push(country);
      bits.push(roleBit(party.role));
    } else bits[known] = bits[known]! | roleBit(party.role);
  });
  return flowPairs(playing, (country) => bits[playing.indexOf(country)]!, place);
}

/** The key of a place: records at exactly the same coordinates share one. */
export function placeKey(coordinates: { lat: number; lon: number }): string {
  return `${coordinates.lat},${coordinates.lon}`;
}

function placeIdOf(record: CooperationRecord, places: IdTable): number {
  if (!PLACED_TYPES.includes(record.type)) return NOT_PLACED;
  const coordinates = record.place?.coordinates;
  return coordinates === undefined ? NO_COORDINATES : places.idOf(placeKey(coordinates));
}

/** Strings numbered in the order they are first met. */
class IdTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.values.length;
  }
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/** A list of ids per record, stored flat (see RecordIndex): push a record's ids, then end it. */
class FlatLists {
  readonly start: Int32Array;
  private readonly items: number[] = [];
  private count = 0;
  constructor(lists: number) {
    this.start = new Int32Array(lists + 1);
  }
  push(id: number): void {
    this.items.push(id);
  }
  end(): void {
    this.count += 1;
    this.start[this.count] = this.items.length;
  }
  /** All the ids, once every record has ended. */
  finish(): Int32Array {
    return Int32Array.from(this.items);
  }
}
