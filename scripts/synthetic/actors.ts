import type { Organisation } from '../../src/data/schema/entities';
import type { OrganisationKind } from '../../src/data/schema/vocabulary';
import type { SyntheticCountry } from './countries';
import { zipfSampler, type Random } from './random';

// Steep enough that the top few donors and affected countries carry most records, as in real
// cooperation data, yet every country of a list still turns up in a large dataset.
const ZIPF_EXPONENT = 1.15;

/** Who takes part in generated records, drawn with the skew of real cooperation data. */
export interface Actors {
  /** A donor country, top-ranked ones most often. */
  donorCountry(random: Random): SyntheticCountry;
  /** An affected country, top-ranked ones most often. */
  affectedCountry(random: Random): SyntheticCountry;
  /** A government or agency of a donor country, or now and then an international funder. */
  funder(random: Random): Organisation;
  /** The authority, centre or government of an affected country. */
  authorityOf(random: Random, country: SyntheticCountry): Organisation;
  /** A demining operator or company, international or national. */
  operator(random: Random): Organisation;
  /** A body that runs training: a centre, an institute or an operator. */
  trainer(random: Random): Organisation;
  /** An international body (UN, intergovernmental). */
  international(random: Random): Organisation;
  /** An organisation based in the country, if it has any. */
  basedIn(random: Random, country: SyntheticCountry): Organisation | undefined;
  /** Where an event takes place: mostly affected or donor countries, sometimes anywhere. */
  eventCountry(random: Random): SyntheticCountry;
  /** Who attends an event: funders, authorities, international bodies, now and then anyone. */
  attendee(random: Random): Organisation;
  /** The generated country with that code. */
  countryOf(iso3: string): SyntheticCountry | undefined;
}

export function createActors(countries: readonly SyntheticCountry[], organisations: Organisation[]): Actors {
  const donors = countries.filter((country) => country.profile === 'donor');
  const affected = countries.filter((country) => country.profile === 'affected');
  const drawDonor = zipfSampler(donors.length, ZIPF_EXPONENT);
  const drawAffected = zipfSampler(affected.length, ZIPF_EXPONENT);

  const byCountry = new Map<string, Organisation[]>();
  for (const organisation of organisations) {
    if (organisation.country === null) continue;
    const list = byCountry.get(organisation.country) ?? [];
    list.push(organisation);
    byCountry.set(organisation.country, list);
  }
  const ofKinds = (list: readonly Organisation[], kinds: readonly OrganisationKind[]) =>
    list.filter((organisation) => kinds.includes(organisation.kind));
  const homeOf = (country: SyntheticCountry) => byCountry.get(country.country.iso3) ?? [];

  const international = organisations.filter(
    (organisation) =>
      organisation.country === null &&
      (organisation.kind === 'un-body' || organisation.kind === 'intergovernmental'),
  );
  const operators = ofKinds(organisations, ['ngo-operator', 'company']);
  const trainers = ofKinds(organisations, [
    'mine-action-centre',
    'research-training-centre',
    'regional-centre',
  ]);
  // Filtering once per country here keeps the per-record draws cheap for 100k records.
  const funders = new Map(
    donors.map((country) => [country, ofKinds(homeOf(country), ['government', 'donor-agency'])]),
  );
  const authorities = new Map(
    affected.map((country) => [
      country,
      ofKinds(homeOf(country), ['national-authority', 'mine-action-centre', 'government']),
    ]),
  );

  const byIso3 = new Map(countries.map((country) => [country.country.iso3, country]));

  const donorCountry = (random: Random) => donors[drawDonor(random)] as SyntheticCountry;
  const affectedCountry = (random: Random) => affected[drawAffected(random)] as SyntheticCountry;
  const funder = (random: Random) =>
    random.chance(0.1)
      ? random.pick(international)
      : random.pick(funders.get(donorCountry(random)) ?? international);
  const authorityOf = (random: Random, country: SyntheticCountry) => {
    const own = authorities.get(country) ?? ofKinds(homeOf(country), ['government']);
    return own.length > 0 ? random.pick(own) : random.pick(international);
  };
  return {
    donorCountry,
    affectedCountry,
    funder,
    authorityOf,
    operator: (random) => random.pick(operators),
    trainer: (random) => (random.chance(0.3) ? random.pick(operators) : random.pick(trainers)),
    international: (random) => random.pick(international),
    basedIn: (random, country) => {
      const home = homeOf(country);
      return home.length > 0 ? random.pick(home) : undefined;
    },
    eventCountry: (random) => {
      const draw = random.next();
      if (draw < 0.45) return affectedCountry(random);
      if (draw < 0.8) return donorCountry(random);
      return random.pick(countries);
    },
    attendee: (random) => {
      const draw = random.next();
      if (draw < 0.35) return funder(random);
      if (draw < 0.7) return authorityOf(random, affectedCountry(random));
      if (draw < 0.85) return random.pick(international);
      return random.pick(organisations);
    },
    countryOf: (iso3) => byIso3.get(iso3),
  };
}
