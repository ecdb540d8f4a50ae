import { describe, expect, it } from 'vitest';
import type { CooperationRecord } from '../../../src/data/schema/records';
import type { Role } from '../../../src/data/schema/vocabulary';
import { EMPTY_FILTER, filterRecords } from '../../../src/data/selectors/filter';
import { countryLinks } from '../../../src/data/selectors/links';
import { buildModel } from '../../../src/data/selectors/model';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);

/** A copy of a fixture record with two countries as its only parties. */
function withParties(first: Role, second: Role): CooperationRecord {
  const base = selectorFixture.records[0] as CooperationRecord;
  return {
    ...base,
    parties: [
      { country: 'NOR', role: first },
      { country: 'UKR', role: second },
    ],
  };
}

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
    ['donor', 'implementer'],
    ['donor', 'recipient'],
    ['donor', 'trainee'],
    ['trainer', 'trainee'],
    ['implementer', 'recipient'],
  ] as const)('draws %s -> %s from the first to the second', (provider, receiver) => {
    expect(
      countryLinks(model, [withParties(provider, receiver)]).map((link) => `${link.from}>${link.to}`),
    ).toEqual(['NOR>UKR']);
    expect(
      countryLinks(model, [withParties(receiver, provider)]).map((link) => `${link.from}>${link.to}`),
    ).toEqual(['UKR>NOR']);
  });

  it.each([
    ['host', 'participant'],
    ['donor', 'donor'],
    ['trainer', 'recipient'],
    ['signatory', 'signatory'],
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
