import type { Organisation } from '../../src/data/schema/entities';
import type { OrganisationKind } from '../../src/data/schema/vocabulary';
import type { SyntheticCountry } from './countries';
import type { Random } from './random';

// Every country gets the bodies its profile needs (a donor funds through its government or
// agency, an affected country has an authority and a centre), so record builders never have to
// cope with a country that has nobody to act for it.
const KINDS_BY_PROFILE: Record<SyntheticCountry['profile'], readonly OrganisationKind[]> = {
  donor: ['government', 'donor-agency', 'ngo-operator'],
  affected: ['national-authority', 'mine-action-centre', 'government'],
  other: ['government'],
};

// International bodies, with no home country: the United Nations and its kind.
const INTERNATIONAL_KINDS: readonly (readonly [OrganisationKind, number])[] = [
  ['un-body', 10],
  ['intergovernmental', 8],
  ['ngo-operator', 12],
];

// What the extra organisations of a large dataset are, wherever they are based.
const EXTRA_KINDS: readonly (readonly [OrganisationKind, number])[] = [
  ['ngo-operator', 40],
  ['company', 20],
  ['research-training-centre', 15],
  ['regional-centre', 5],
  ['government', 10],
  ['donor-agency', 10],
];

const KIND_LABELS: Record<OrganisationKind, string> = {
  'national-authority': 'National Mine Action Authority',
  'mine-action-centre': 'Mine Action Centre',
  government: 'Government',
  'donor-agency': 'Development Agency',
  'un-body': 'United Nations Body',
  'ngo-operator': 'Demining Operator',
  'regional-centre': 'Regional Centre',
  'research-training-centre': 'Training Institute',
  company: 'Demining Company',
  intergovernmental: 'Intergovernmental Body',
  other: 'Organisation',
};

/** How many organisations a dataset of `records` records has beyond the ones every country gets. */
export function extraOrganisationCount(records: number): number {
  return Math.min(600, 60 + Math.floor(records / 250));
}

/** Hundreds of organisations of every kind, each with a home country unless it is international. */
export function generateOrganisations(
  random: Random,
  countries: readonly SyntheticCountry[],
  records: number,
): Organisation[] {
  const organisations: Organisation[] = [];
  const add = (kind: OrganisationKind, home: SyntheticCountry | null) => {
    const number = organisations.length + 1;
    const where = home === null ? 'International' : home.country.name;
    organisations.push({
      id: `syn-org-${number}`,
      name: `Synthetic ${KIND_LABELS[kind]} ${number} (${where})`,
      ...(random.chance(0.4) ? { acronym: `SO${number}` } : {}),
      kind,
      country: home === null ? null : home.country.iso3,
      ...(random.chance(0.3) ? { url: `https://example.org/synthetic/organisations/${number}` } : {}),
    });
  };
  for (const country of countries) {
    for (const kind of KINDS_BY_PROFILE[country.profile]) add(kind, country);
  }
  for (let i = 0; i < 30; i += 1) add(random.weighted(INTERNATIONAL_KINDS), null);
  const extras = extraOrganisationCount(records);
  for (let i = 0; i < extras; i += 1) add(random.weighted(EXTRA_KINDS), random.pick(countries));
  return organisations;
}
