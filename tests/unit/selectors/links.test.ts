import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../mocks/datasets';
import type { CooperationRecord } from '../../../src/data/schema/records';
import type { Role } from '../../../src/data/schema/vocabulary';
import { EMPTY_FILTER, filterRecords } from '../../../src/data/selectors/filter';
import { countryLinks } from '../../../src/data/selectors/links';
import { buildModel } from '../../../src/data/selectors/model';
import { rolesByCountry } from '../../../src/data/selectors/party-roles';
import { validateDataset } from '../../../src/data/schema/validate';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);

/** A copy of a fixture record with two countries as its only parties, placed nowhere. */
function withParties(first: Role, second: Role): CooperationRecord {
  // The first fixture record is a partnership, whose place is optional.
  const { place, ...base } = selectorFixture.records[0] as Extract<
    CooperationRecord,
    { type: 'partnership' }
  >;
  void place;
  return {
    ...base,
    parties: [
      { country: 'NOR', role: first },
      { country: 'UKR', role: second },
    ],
  };
}

const pairsOf = (record: CooperationRecord) =>
  countryLinks(model, [record]).map((link) => `${link.from}>${link.to}`);

describe('countryLinks', () => {
  it('links providers to receivers, counting a record once per pair, most records first', () => {
    expect(countryLinks(model, selectorFixture.records)).toEqual([
      // Battambang has JPN as donor to both the implementer and the recipient, yet counts once.
      {
        from: 'JPN',
        to: 'KHM',
        count: 2,
        recordIds: ['jpn-funds-battambang-clearance', 'jpn-detectors-for-tsdc'],
      },
      { from: 'JPN', to: 'LAO', count: 1, recordIds: ['khm-trains-lao-deminers-2019'] },
      { from: 'JPN', to: 'UKR', count: 1, recordIds: ['khm-trains-ukr-deminers-2023'] },
      { from: 'KHM', to: 'LAO', count: 1, recordIds: ['khm-trains-lao-deminers-2019'] },
      { from: 'KHM', to: 'UKR', count: 1, recordIds: ['khm-trains-ukr-deminers-2023'] },
      { from: 'NOR', to: 'UKR', count: 1, recordIds: ['nor-funds-kharkiv-clearance'] },
    ]);
  });

  it.each([
    ['donor', 'recipient'],
    ['donor', 'trainee'],
    ['trainer', 'trainee'],
    // Only where the record names no recipient and no place: the implementer is where the work is.
    ['donor', 'implementer'],
  ] as const)('draws %s -> %s from the first to the second', (provider, receiver) => {
    expect(
      countryLinks(model, [withParties(provider, receiver)]).map((link) => `${link.from}>${link.to}`),
    ).toEqual(['NOR>UKR']);
    expect(
      countryLinks(model, [withParties(receiver, provider)]).map((link) => `${link.from}>${link.to}`),
    ).toEqual(['UKR>NOR']);
  });

  it("draws funding to where the work happens, never to a third country's operator", () => {
    const record = withParties('donor', 'implementer');
    // A Norwegian grant carried out by a Ukrainian operator in Cambodia goes to Cambodia.
    expect(pairsOf({ ...record, place: { name: 'Battambang', country: 'KHM' } })).toEqual(['NOR>KHM']);
    // With a recipient named, the operator is the channel: Norway to Laos, not to Ukraine.
    expect(
      pairsOf({ ...record, parties: [...record.parties, { country: 'LAO', role: 'recipient' }] }),
    ).toEqual(['NOR>LAO']);
  });

  it.each([
    ['host', 'participant'],
    ['donor', 'donor'],
    ['trainer', 'recipient'],
    ['signatory', 'signatory'],
    // An operator delivers what someone else funds: it is the channel, not a provider.
    ['implementer', 'recipient'],
  ] as const)('draws nothing between %s and %s', (first, second) => {
    expect(countryLinks(model, [withParties(first, second)])).toEqual([]);
  });

  it('skips a link from a country to itself', () => {
    // In Battambang a Cambodian implementer delivers to Cambodia.
    const links = countryLinks(model, selectorFixture.records);
    expect(links.filter((link) => link.from === link.to)).toEqual([]);
  });

  it('skips parties without a country', () => {
    // Pakse: an international NGO trains Cambodian staff; there is no country to draw from.
    const pakse = filterRecords(model, { ...EMPTY_FILTER, text: 'pakse' });
    expect(pakse).toHaveLength(1);
    expect(countryLinks(model, pakse)).toEqual([]);
  });

  it('draws nothing between parties that only take part, host or organise', () => {
    const events = filterRecords(model, { ...EMPTY_FILTER, types: ['event'] });
    expect(countryLinks(model, events)).toEqual([]);
  });

  it('counts only the records it is given', () => {
    const from2021 = filterRecords(model, { ...EMPTY_FILTER, yearFrom: 2021 });
    expect(countryLinks(model, from2021).map((link) => [link.from, link.to, link.count])).toEqual([
      ['JPN', 'KHM', 1],
      ['JPN', 'UKR', 1],
      ['KHM', 'UKR', 1],
      ['NOR', 'UKR', 1],
    ]);
  });
});

describe('flows on the bundled data', () => {
  const validation = validateDataset(sampleDataset);
  if (!validation.ok) throw new Error('the bundled dataset must be valid');
  const { dataset } = validation;
  const bundled = buildModel(dataset);
  const links = countryLinks(bundled, dataset.records);
  const byId = new Map(dataset.records.map((record) => [record.id, record]));

  it('end only in a country that a record gives a receiving role or places the work in', () => {
    for (const link of links) {
      for (const id of link.recordIds) {
        const record = byId.get(id)!;
        const roles = rolesByCountry(bundled, record).get(link.to) ?? new Set();
        const receives = roles.has('recipient') || roles.has('trainee');
        const placed = record.place?.country === link.to;
        // A grant to a national operator (CMAC) that names no recipient and no place.
        const names = record.parties.some((party) => party.role === 'recipient' || party.role === 'trainee');
        const implementsAtHome = roles.has('implementer') && !names && record.place === undefined;
        expect(receives || placed || implementsAtHome, `${id}: ${link.from} → ${link.to}`).toBe(true);
      }
    }
  });

  it("never end in an operator's home country: the Netherlands funded HALO in Ukraine, not the United Kingdom", () => {
    expect(links.find((link) => link.from === 'NLD' && link.to === 'GBR')).toBeUndefined();
    expect(links.find((link) => link.from === 'NLD' && link.to === 'UKR')?.recordIds).toContain(
      'iati-gb-chc-1001813-nlukraine2020-2024',
    );
  });
});
