// How two spellings of one organisation are recognised: "The HALO Trust" and "HALO Trust",
// "Japan, Government of" (FTS) and "Government of Japan", "UNDP" and an organisation whose
// acronym is UNDP.
import type { Organisation } from '../../schema/entities';

/** A name reduced to what tells organisations apart: case, accents, punctuation and a leading "the" go. */
export function normaliseName(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '');
  // FTS inverts government names: "Japan, Government of" is "Government of Japan".
  const inverted = /^([^,]+),\s*([^,]+ of)$/.exec(plain.trim());
  const ordered = inverted ? `${inverted[2]} ${inverted[1]}` : plain;
  return ordered
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The keys an organisation is known by: its normalised name and, if it has one, its acronym, or
 * the acronym its name ends with in brackets ("KOREA INTERN. COOPERATION AGENCY (KOICA)").
 */
export function nameKeys(organisation: Pick<Organisation, 'name' | 'acronym'>): string[] {
  const keys = [normaliseName(organisation.name)];
  const acronym = organisation.acronym ?? /\(([A-Z][A-Za-z0-9-]{1,11})\)\s*$/.exec(organisation.name)?.[1];
  if (acronym) keys.push(normaliseName(acronym));
  return keys.filter((key) => key !== '');
}
