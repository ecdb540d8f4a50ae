import type { Country } from '../schema/entities';
import type { CooperationRecord } from '../schema/records';
import { countriesOfRecord, organisationsOfRecord, type DatasetModel } from './model';

// Only the Latin combining diacritics: Khmer vowel signs are combining marks too, and dropping
// them would turn different Khmer words into the same one.
const DIACRITICS = /[\u0300-\u036f]/g;
// Letters NFD does not split into a base and a mark, yet readers type them without the stroke
// ("Da Nang" for "Đà Nẵng").
const STROKED: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o' };
const STROKED_LETTERS = /[đłø]/g;

/** Text as search compares it: lower case, without accents, so "Hà Nội" and "ha noi" are equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(STROKED_LETTERS, (letter) => STROKED[letter] ?? letter);
}

/** The folded words of a free-text query; none for a blank query. */
export function searchWords(query: string): string[] {
  const folded = foldText(query).trim();
  return folded === '' ? [] : folded.split(/\s+/);
}

/** Everything a reader may search a record by, folded; fields are kept on separate lines so no word spans two. */
export function searchableText(model: DatasetModel, record: CooperationRecord): string {
  const parts: string[] = [record.title];
  if (record.summary !== undefined) parts.push(record.summary);
  if (record.place !== undefined) parts.push(record.place.name, ...localised(record.place.names));
  for (const id of organisationsOfRecord(record)) {
    const organisation = model.organisationsById.get(id);
    if (organisation === undefined) continue;
    parts.push(organisation.name, ...localised(organisation.names));
    if (organisation.acronym !== undefined) parts.push(organisation.acronym);
  }
  for (const iso3 of countriesOfRecord(model, record)) {
    const country = model.countriesByIso3.get(iso3);
    if (country !== undefined) parts.push(country.name, ...localised(country.names));
  }
  for (const person of record.people ?? []) {
    parts.push(person.name);
    if (person.title !== undefined) parts.push(person.title);
  }
  if (record.type === 'event') parts.push(...record.outcomes);
  if (record.type === 'training') parts.push(...record.topics, ...record.equipment);
  return foldText(parts.join('\n'));
}

// Readers of the Khmer and Ukrainian interface see, and so type, the localised names.
function localised(names: Country['names']): string[] {
  return names === undefined ? [] : Object.values(names).filter((name) => name !== undefined);
}

/** Whether every word occurs somewhere in the folded text. */
export function containsAllWords(folded: string, words: readonly string[]): boolean {
  return words.every((word) => folded.includes(word));
}
