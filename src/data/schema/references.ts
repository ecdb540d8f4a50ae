import type { Country, Organisation, Source } from './entities';
import type { CooperationRecord, Figure, Partnership } from './records';

export interface ReferenceProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The lists of a dataset after each item was checked on its own. An item that failed its own
 * check is left out (undefined) but keeps its place, so paths still point at the right item.
 */
export interface CheckedLists {
  countries: (Country | undefined)[];
  organisations: (Organisation | undefined)[];
  sources: (Source | undefined)[];
  records: (CooperationRecord | undefined)[];
}

/** The lists as read from the file, before any item was checked. */
export interface RawLists {
  countries: unknown[];
  organisations: unknown[];
  sources: unknown[];
  records: unknown[];
}

/**
 * What only the document as a whole can tell: duplicate ids and references to nothing.
 * Ids are collected from the raw lists, so an item that failed its own check still counts as
 * existing (and as a duplicate); references are followed only from items that passed.
 */
export function findReferenceProblems(lists: CheckedLists, raw: RawLists): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const countries = uniqueKeys(raw.countries, 'countries', 'iso3', problems);
  const organisations = uniqueKeys(raw.organisations, 'organisations', 'id', problems);
  const sources = uniqueKeys(raw.sources, 'sources', 'id', problems);
  uniqueKeys(raw.records, 'records', 'id', problems);

  // Paths are built only for a problem: at 100k records building one for every reference checked
  // took most of this function's time (docs/performance.md).
  const report = (what: string, value: string, path: ReferenceProblem['path']) =>
    problems.push({ path, message: `unknown ${what} "${value}"` });

  lists.organisations.forEach((organisation, index) => {
    const country = organisation?.country;
    if (isUnknown(countries, country)) report('country', country, ['organisations', index, 'country']);
  });

  lists.records.forEach((record, index) => {
    if (record === undefined) return;
    const at = (...rest: (string | number)[]) => ['records', index, ...rest];
    record.parties.forEach((party, p) => {
      if (isUnknown(organisations, party.organisation))
        report('organisation', party.organisation, at('parties', p, 'organisation'));
      if (isUnknown(countries, party.country)) report('country', party.country, at('parties', p, 'country'));
    });
    record.people?.forEach((person, p) => {
      if (isUnknown(organisations, person.organisation))
        report('organisation', person.organisation, at('people', p, 'organisation'));
      if (isUnknown(countries, person.country)) report('country', person.country, at('people', p, 'country'));
    });
    const placeCountry = record.place?.country;
    if (isUnknown(countries, placeCountry)) report('country', placeCountry, at('place', 'country'));
    if (record.type === 'partnership') checkContributions(record, organisations, countries, at, problems);
    record.sources.forEach((source, s) => {
      if (isUnknown(sources, source)) report('source', source, at('sources', s));
    });
    for (const [field, figure] of figuresOf(record)) {
      if (typeof figure === 'number') continue;
      figure.values.forEach((value, v) => {
        if (!record.sources.includes(value.source)) {
          problems.push({
            path: at(...field, 'values', v, 'source'),
            message: `source "${value.source}" is not among the record's sources`,
          });
        }
      });
    }
    if (record.confidence === 'disputed' && record.confidenceNote === undefined) {
      problems.push({
        path: at('confidenceNote'),
        message: 'a disputed record must say how its sources disagree',
      });
    }
  });
  return problems;
}

/**
 * A contribution names one of the record's donors, and the parts never add up to more than the
 * amount: a split that overstates is worse than none.
 */
function checkContributions(
  record: Partnership,
  organisations: Set<string>,
  countries: Set<string>,
  at: (...rest: (string | number)[]) => ReferenceProblem['path'],
  problems: ReferenceProblem[],
) {
  const parts = record.amount?.contributions;
  if (parts === undefined || record.amount === undefined) return;
  const donors = record.parties.filter((party) => party.role === 'donor');
  parts.forEach((part, index) => {
    const path = () => at('amount', 'contributions', index);
    if (isUnknown(organisations, part.organisation)) {
      problems.push({
        path: [...path(), 'organisation'],
        message: `unknown organisation "${part.organisation}"`,
      });
    }
    if (isUnknown(countries, part.country)) {
      problems.push({ path: [...path(), 'country'], message: `unknown country "${part.country}"` });
    }
    const named = donors.some(
      (party) =>
        (part.organisation === undefined || party.organisation === part.organisation) &&
        (part.country === undefined || party.country === part.country),
    );
    if (!named)
      problems.push({ path: path(), message: "a contribution must name one of the record's donors" });
  });
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  const value = record.amount.value;
  const most = typeof value === 'number' ? value : Math.max(...value.values.map((v) => v.value));
  if (total > most * (1 + 1e-9)) {
    problems.push({
      path: at('amount', 'contributions'),
      message: `the contributions add up to ${total}, more than the amount ${most}`,
    });
  }
}

/** A reference given (not null or absent) to nothing among `known`. */
function isUnknown(known: Set<string>, value: string | null | undefined): value is string {
  return value != null && !known.has(value);
}

/** The figures of a record with the path to each, for checks that apply to all of them. */
function figuresOf(record: CooperationRecord): [(string | number)[], Figure][] {
  const figures: [(string | number)[], Figure][] = [];
  if (record.type === 'training' && record.participants !== undefined) {
    figures.push([['participants'], record.participants]);
  }
  if (record.type === 'partnership' && record.amount !== undefined) {
    figures.push([['amount', 'value'], record.amount.value]);
  }
  return figures;
}

function uniqueKeys(
  items: unknown[],
  collection: string,
  field: 'id' | 'iso3',
  problems: ReferenceProblem[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined;
    if (typeof key !== 'string') return;
    if (seen.has(key))
      problems.push({ path: [collection, index, field], message: `duplicate ${field} "${key}"` });
    seen.add(key);
  });
  return seen;
}
