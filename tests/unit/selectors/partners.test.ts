import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/data/selectors/model';
import { countryPartners, countryRoles } from '../../../src/data/selectors/partners';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);
const records = selectorFixture.records;

describe('countryPartners', () => {
  it("lists the countries that are parties to the same records, with both sides' roles, most shared records first", () => {
    expect(countryPartners(model, records, 'KHM')).toEqual([
      {
        iso3: 'JPN',
        theirRoles: ['donor'],
        ownRoles: ['implementer', 'recipient', 'trainer'],
        recordIds: [
          'jpn-funds-battambang-clearance',
          'khm-trains-lao-deminers-2019',
          'khm-trains-ukr-deminers-2023',
          'jpn-detectors-for-tsdc',
        ],
      },
      {
        iso3: 'LAO',
        theirRoles: ['trainee', 'participant'],
        ownRoles: ['trainer', 'participant'],
        // Not the Pakse course: Laos is only its place.
        recordIds: ['khm-trains-lao-deminers-2019', 'hanoi-regional-survey-workshop'],
      },
      {
        iso3: 'UKR',
        theirRoles: ['trainee'],
        ownRoles: ['trainer'],
        recordIds: ['khm-trains-ukr-deminers-2023'],
      },
      {
        iso3: 'VNM',
        theirRoles: ['host'],
        ownRoles: ['participant'],
        recordIds: ['hanoi-regional-survey-workshop'],
      },
    ]);
  });

  it('leaves out countries involved only through a person', () => {
    // Japan is at the Hà Nội workshop only as an adviser, so it shares no record with Viet Nam.
    expect(countryPartners(model, records, 'VNM').map((partner) => partner.iso3)).toEqual(['KHM', 'LAO']);
  });

  it('is empty for a country that is no party to any record', () => {
    expect(countryPartners(model, records, 'FRA')).toEqual([]);
  });
});

describe('countryRoles', () => {
  it('counts records per role, a record once per role, most frequent first', () => {
    // The detectors record lists Cambodia as recipient twice (the centre and the country): it counts once.
    expect(countryRoles(model, records, 'KHM')).toEqual([
      { role: 'recipient', count: 2 },
      { role: 'trainer', count: 2 },
      { role: 'implementer', count: 1 },
      { role: 'trainee', count: 1 },
      { role: 'participant', count: 1 },
    ]);
  });

  it('counts roles taken through an organisation', () => {
    expect(countryRoles(model, records, 'JPN')).toEqual([{ role: 'donor', count: 4 }]);
  });

  it('is empty for a country that is no party to any record', () => {
    expect(countryRoles(model, records, 'FRA')).toEqual([]);
  });
});
