import type { Dataset } from '../schema/dataset';
import type { Country, Organisation, Source } from '../schema/entities';
import type { CooperationRecord, Party } from '../schema/records';
import type { Language } from '../schema/vocabulary';
import { perRecordMemo } from './per-record-memo';

/** The validated dataset with lookups by id, built once so selectors never scan lists to resolve a reference. */
export interface DatasetModel {
  dataset: Dataset;
  countriesByIso3: Map<string, Country>;
  organisationsById: Map<string, Organisation>;
  sourcesById: Map<string, Source>;
  recordsById: Map<string, CooperationRecord>;
  /** The reader's language: names of countries, organisations and places are given in it where known. */
  language: Language;
  /** The locale for names Intl provides (countries), matching the interface's formatting locale. */
  locale: string;
}

/** Indexes a validated dataset; ids are unique there, so no lookup loses an item. Names start in English. */
export function buildModel(dataset: Dataset): DatasetModel {
  return {
    dataset,
    language: 'en',
    locale: 'en-GB',
    countriesByIso3: indexBy(dataset.countries, (country) => country.iso3),
    organisationsById: indexBy(dataset.organisations, (organisation) => organisation.id),
    sourcesById: indexBy(dataset.sources, (source) => source.id),
    recordsById: indexBy(dataset.records, (record) => record.id),
  };
}

/**
 * The same model for a reader of another language. The indexes are shared, so this is cheap;
 * selectors memoised on the model recompute, as they should, since names (and their order) change.
 */
export function withLanguage(model: DatasetModel, language: Language, locale: string): DatasetModel {
  if (model.language === language && model.locale === locale) return model;
  return { ...model, language, locale };
}

function indexBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [keyOf(item), item]));
}

/** The country a party stands for: its own `country`, else its organisation's home country, else null (international body). */
export function partyCountry(model: DatasetModel, party: Party): string | null {
  return actorCountry(model, party);
}

/** The country of a party, person or contribution: named explicitly, or through its organisation (null: international body). */
export function actorCountry(
  model: DatasetModel,
  actor: Pick<Party, 'country' | 'organisation'>,
): string | null {
  if (actor.country !== undefined) return actor.country;
  if (actor.organisation === undefined) return null;
  return model.organisationsById.get(actor.organisation)?.country ?? null;
}

/** Every country a record involves: parties' countries, people's countries, and the place's country. Worked out once per record. */
export const countriesOfRecord: (model: DatasetModel, record: CooperationRecord) => ReadonlySet<string> =
  perRecordMemo((model, record) => {
    const countries = new Set<string>();
    for (const actor of [...record.parties, ...(record.people ?? [])]) {
      const country = actorCountry(model, actor);
      if (country !== null) countries.add(country);
    }
    if (record.place !== undefined) countries.add(record.place.country);
    return countries;
  });

/** Every organisation a record involves: parties' and people's organisations. Worked out once per record. */
export function organisationsOfRecord(record: CooperationRecord): ReadonlySet<string> {
  let organisations = organisationsByRecord.get(record);
  if (organisations === undefined) {
    organisations = new Set<string>();
    for (const actor of [...record.parties, ...(record.people ?? [])]) {
      if (actor.organisation !== undefined) organisations.add(actor.organisation);
    }
    organisationsByRecord.set(record, organisations);
  }
  return organisations;
}

// Depends on the record alone, so one weak map serves every dataset.
const organisationsByRecord = new WeakMap<CooperationRecord, Set<string>>();
