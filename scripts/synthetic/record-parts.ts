import type { Organisation, Source } from '../../src/data/schema/entities';
import type { Figure, Party, Person, Place } from '../../src/data/schema/records';
import { THEMES, type Confidence, type Role, type Theme } from '../../src/data/schema/vocabulary';
import type { SyntheticCountry } from './countries';
import type { Random } from './random';
import { citeSources } from './sources';

// About 60 km either way: points scatter around the capital without leaving most countries.
const SCATTER_DEGREES = 0.6;

/** A place in the country, near its capital; a few have no coordinates, as when a source does not say where. */
export function generatePlace(random: Random, country: SyntheticCountry, number: number): Place {
  const place: Place = {
    name: `Synthetic site ${number}, ${country.country.name}`,
    country: country.country.iso3,
  };
  if (random.chance(0.08)) return place;
  const lat = clamp(country.capital.lat + (random.next() * 2 - 1) * SCATTER_DEGREES, -89.9, 89.9);
  let lon = country.capital.lon + (random.next() * 2 - 1) * SCATTER_DEGREES;
  // Fiji sits on the 180° meridian: wrap rather than leave the valid range.
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return { ...place, coordinates: { lat: round(lat, 4), lon: round(lon, 4) } };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Collects parties, one role per organisation, as a record lists them. */
export class PartyList {
  readonly parties: Party[] = [];
  private readonly seen = new Set<string>();

  add(organisation: Organisation, role: Role): void {
    if (this.seen.has(organisation.id)) return;
    this.seen.add(organisation.id);
    this.parties.push({ organisation: organisation.id, role });
  }

  /** A country acting as a whole, as when a government is named without a ministry. */
  addCountry(country: SyntheticCountry, role: Role): void {
    const key = `country:${country.country.iso3}:${role}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.parties.push({ country: country.country.iso3, role });
  }

  organisationIds(): string[] {
    return this.parties.flatMap((party) => (party.organisation === undefined ? [] : [party.organisation]));
  }
}

/** One to three themes, the record type's usual theme first. */
export function generateThemes(random: Random, first: Theme): Theme[] {
  const themes = new Set<Theme>([first]);
  const extra = random.int(0, 2);
  for (let i = 0; i < extra; i += 1) themes.add(random.pick(THEMES));
  return [...themes];
}

/** Now and then a named person from one of the record's organisations. */
export function generatePeople(random: Random, parties: PartyList): Person[] | undefined {
  if (!random.chance(0.1)) return undefined;
  const organisationIds = parties.organisationIds();
  if (organisationIds.length === 0) return undefined;
  const count = random.int(1, 2);
  const people: Person[] = [];
  for (let i = 0; i < count; i += 1) {
    const organisation = random.pick(organisationIds);
    people.push({
      name: `Synthetic Person ${random.int(1, 99_999)}`,
      ...(random.chance(0.6) ? { title: 'Synthetic official' } : {}),
      organisation,
    });
  }
  return people;
}

/** What every record needs about its evidence: sources, confidence and, for disputes, a note. */
export interface Evidence {
  sources: string[];
  confidence: Confidence;
  confidenceNote?: string;
}

/** Turns a number into a figure; a disputed record gets two values from two of its sources. */
export type FigureMaker = (value: number, rounding: number) => Figure;

/**
 * Sources and confidence for one record. `hasFigure` says whether the record carries a figure
 * that could be disputed; a dispute needs at least two sources, so it is decided first.
 */
export function generateEvidence(
  random: Random,
  pool: readonly Source[],
  hasFigure: boolean,
): { evidence: Evidence; figure: FigureMaker } {
  const disputedFigure = hasFigure && random.chance(0.05);
  const sources = citeSources(random, pool, disputedFigure ? random.int(2, 3) : random.int(1, 3));
  const confidence: Confidence = disputedFigure
    ? 'disputed'
    : random.weighted<Confidence>([
        ['confirmed', 50],
        ['reported', 32],
        ['unverified', 15],
        ['disputed', 3],
      ]);
  const figure: FigureMaker = (value, rounding) => {
    if (!disputedFigure) return value;
    const other = Math.max(rounding, Math.round((value * (0.5 + random.next())) / rounding) * rounding);
    return {
      disputed: true,
      values: [
        { value, source: sources[0] as string },
        { value: other === value ? value + rounding : other, source: sources[1] as string },
      ],
    };
  };
  const evidence: Evidence = {
    sources,
    confidence,
    ...(confidence === 'disputed'
      ? { confidenceNote: 'Synthetic note: the generated sources give different accounts.' }
      : {}),
  };
  return { evidence, figure };
}
