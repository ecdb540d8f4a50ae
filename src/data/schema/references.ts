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

  const expect = (
    known: Set<string>,
    what: string,
    value: string | null | undefined,
    path: ReferenceProblem['path'],
  ) => {
    if (value != null && !known.has(value)) problems.push({ path, message: `unknown ${what} "${value}"` });
  };

  lists.organisations.forEach((organisation, index) =>
    expect(countries, 'country', organisation?.country, ['organisations', index, 'country']),
  );

  lists.records.forEach((record, index) => {
    if (record === undefined) return;
    const at = (...rest: (string | number)[]) => ['records', index, ...rest];
    record.parties.forEach((party, p) => {
      expect(organisations, 'organisation', party.organisation, at('parties', p, 'organisation'));
      expect(countries, 'country', party.country, at('parties', p, 'country'));
    });
    record.people?.forEach((person, p) => {
      expect(organisations, 'organisation', person.organisation, at('people', p, 'organisation'));
      expect(countries, 'country', person.country, at('people', p, 'country'));
    });
    expect(countries, 'country', record.place?.country, at('place', 'country'));
    if (record.type === 'partnership') checkContributions(record, organisations, countries, at, problems);
    record.sources.forEach((source, s) => expect(sources, 'source', source, at('sources', s)));
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
    const path = at('amount', 'contributions', index);
    if (part.organisation !== undefined && !organisations.has(part.organisation)) {
      problems.push({
        path: [...path, 'organisation'],
        message: `unknown organisation "${part.organisation}"`,
      });
    }
    if (part.country !== undefined && !countries.has(part.country)) {
      problems.push({ path: [...path, 'country'], message: `unknown country "${part.country}"` });
    }
    const named = donors.some(
      (party) =>
        (part.organisation === undefined || party.organisation === part.organisation) &&
        (part.country === undefined || party.country === part.country),
    );
    if (!named) problems.push({ path, message: "a contribution must name one of the record's donors" });
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
