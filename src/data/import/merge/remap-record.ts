// After organisations and sources are merged, a record refers to the ids that survived.
import type { CooperationRecord, Figure } from '../../schema/records';

export interface IdRemaps {
  organisations: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
}

/** The record with every organisation and source reference moved to its merged id. */
export function remapRecord<T extends CooperationRecord>(record: T, remaps: IdRemaps): T {
  const org = (id: string | undefined) =>
    id === undefined ? undefined : (remaps.organisations.get(id) ?? id);
  const src = (id: string) => remaps.sources.get(id) ?? id;
  const figure = (value: Figure): Figure =>
    typeof value === 'number'
      ? value
      : { ...value, values: value.values.map((v) => ({ ...v, source: src(v.source) })) };
  const copy: CooperationRecord = {
    ...record,
    parties: record.parties.map((party) => withOrganisation(party, org(party.organisation))),
    sources: unique(record.sources.map(src)),
    ...(record.people
      ? { people: record.people.map((person) => withOrganisation(person, org(person.organisation))) }
      : {}),
  };
  if (copy.type === 'partnership' && copy.amount) {
    const { amount } = copy;
    copy.amount = {
      ...amount,
      value: figure(amount.value),
      ...(amount.contributions
        ? {
            contributions: amount.contributions.map((part) => withOrganisation(part, org(part.organisation))),
          }
        : {}),
    };
  }
  if (copy.type === 'training' && copy.participants !== undefined)
    copy.participants = figure(copy.participants);
  return copy as T;
}

function withOrganisation<T extends { organisation?: string }>(item: T, organisation: string | undefined): T {
  return organisation === undefined ? item : { ...item, organisation };
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
