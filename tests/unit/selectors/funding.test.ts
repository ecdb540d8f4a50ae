import { describe, expect, it } from 'vitest';
import { fundingByActor, type FundingByActor } from '../../../src/data/selectors/funding';
import { buildModel } from '../../../src/data/selectors/model';
import { chartsFixture } from '../../fixtures/charts-fixture';

const model = buildModel(chartsFixture);
const records = chartsFixture.records;

// The figures the tests check, without the qualifiers and periods (money.test.ts covers those).
function brief(funding: FundingByActor) {
  return {
    ...funding,
    currencies: funding.currencies.map(({ currency, records: count, actors, joint }) => ({
      currency,
      records: count,
      actors: actors.map(({ id, min, max, records: n }) => ({ id, min, max, records: n })),
      joint: joint.map(({ partners, min, max, recordIds }) => ({
        partners: partners.map((partner) => partner.id),
        min,
        max,
        recordIds,
      })),
    })),
  };
}

describe('fundingByActor', () => {
  it('keeps each currency apart, sums disputed amounts as a range, and shows a shared amount once as joint', () => {
    expect(brief(fundingByActor(model, records, { side: 'donor', by: 'country' }))).toEqual({
      currencies: [
        // 2,500,000 plus the detectors, 400,000 or 450,000.
        {
          currency: 'USD',
          records: 2,
          actors: [{ id: 'JPN', min: 2_900_000, max: 2_950_000, records: 2 }],
          joint: [],
        },
        // The three-donor fund gives no split: neither Japan nor Norway gets it, it shows once as theirs jointly.
        {
          currency: 'EUR',
          records: 1,
          actors: [],
          joint: [
            {
              partners: ['JPN', 'NOR'],
              min: 3_000_000,
              max: 3_000_000,
              recordIds: ['multi-donor-ukraine-fund'],
            },
          ],
        },
        {
          currency: 'NOK',
          records: 1,
          actors: [{ id: 'NOR', min: 5_000_000, max: 5_000_000, records: 1 }],
          joint: [],
        },
      ],
      // nor-funds-kharkiv-clearance; the funded trainings and the donor at the conference carry no amount field.
      withoutAmount: 1,
      // The Global Clearance Alliance has no country.
      withoutActor: 1,
      shared: 1,
    });
  });

  it('lists donor organisations, with the disputed EUR amount as a range and Norway as its fund', () => {
    expect(brief(fundingByActor(model, records, { side: 'donor', by: 'organisation' }))).toEqual({
      currencies: [
        {
          currency: 'EUR',
          records: 2,
          actors: [{ id: 'global-clearance-alliance', min: 100_000, max: 120_000, records: 1 }],
          // Norway named beside its own development fund is the same donor, not a third partner.
          joint: [
            {
              partners: ['jp-overseas-cooperation-agency', 'nor-development-fund'],
              min: 3_000_000,
              max: 3_000_000,
              recordIds: ['multi-donor-ukraine-fund'],
            },
          ],
        },
        {
          currency: 'USD',
          records: 2,
          actors: [{ id: 'jp-overseas-cooperation-agency', min: 2_900_000, max: 2_950_000, records: 2 }],
          joint: [],
        },
        {
          currency: 'NOK',
          records: 1,
          actors: [{ id: 'nor-development-fund', min: 5_000_000, max: 5_000_000, records: 1 }],
          joint: [],
        },
      ],
      withoutAmount: 1,
      withoutActor: 0,
      shared: 1,
    });
  });

  it('counts a recipient named twice in one record once', () => {
    // jpn-detectors-for-tsdc has the Tonle Sap centre and Cambodia itself as recipients.
    expect(brief(fundingByActor(model, records, { side: 'recipient', by: 'country' }))).toEqual({
      currencies: [
        {
          currency: 'EUR',
          records: 2,
          actors: [
            { id: 'UKR', min: 3_000_000, max: 3_000_000, records: 1 },
            { id: 'LAO', min: 100_000, max: 120_000, records: 1 },
          ],
          joint: [],
        },
        {
          currency: 'USD',
          records: 2,
          actors: [{ id: 'KHM', min: 2_900_000, max: 2_950_000, records: 2 }],
          joint: [],
        },
      ],
      withoutAmount: 1,
      // The Norwegian pledge names no recipient.
      withoutActor: 1,
      shared: 0,
    });
  });

  it('is empty without records', () => {
    expect(fundingByActor(model, [], { side: 'donor', by: 'country' })).toEqual({
      currencies: [],
      withoutAmount: 0,
      withoutActor: 0,
      shared: 0,
    });
  });
});
