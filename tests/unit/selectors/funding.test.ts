import { describe, expect, it } from 'vitest';
import { fundingByActor } from '../../../src/data/selectors/funding';
import { buildModel } from '../../../src/data/selectors/model';
import { chartsFixture } from '../../fixtures/charts-fixture';

const model = buildModel(chartsFixture);
const records = chartsFixture.records;

describe('fundingByActor', () => {
  it('keeps each currency apart and sums disputed amounts as a range, per donor country', () => {
    expect(fundingByActor(model, records, { side: 'donor', by: 'country' })).toEqual({
      currencies: [
        // 2,500,000 plus the detectors, 400,000 or 450,000.
        { currency: 'USD', records: 2, actors: [{ id: 'JPN', min: 2_900_000, max: 2_950_000, records: 2 }] },
        // The three-donor fund counts in full for Japan and once for Norway.
        {
          currency: 'EUR',
          records: 1,
          actors: [
            { id: 'JPN', min: 3_000_000, max: 3_000_000, records: 1 },
            { id: 'NOR', min: 3_000_000, max: 3_000_000, records: 1 },
          ],
        },
        { currency: 'NOK', records: 1, actors: [{ id: 'NOR', min: 5_000_000, max: 5_000_000, records: 1 }] },
      ],
      // nor-funds-kharkiv-clearance; the funded trainings and the donor at the conference carry no amount field.
      withoutAmount: 1,
      // The Global Clearance Alliance has no country.
      withoutActor: 1,
      shared: 1,
    });
  });

  it('lists donor organisations, with the disputed EUR amount as a range', () => {
    expect(fundingByActor(model, records, { side: 'donor', by: 'organisation' })).toEqual({
      currencies: [
        {
          currency: 'EUR',
          records: 2,
          actors: [
            { id: 'jp-overseas-cooperation-agency', min: 3_000_000, max: 3_000_000, records: 1 },
            { id: 'nor-development-fund', min: 3_000_000, max: 3_000_000, records: 1 },
            { id: 'global-clearance-alliance', min: 100_000, max: 120_000, records: 1 },
          ],
        },
        {
          currency: 'USD',
          records: 2,
          actors: [{ id: 'jp-overseas-cooperation-agency', min: 2_900_000, max: 2_950_000, records: 2 }],
        },
        {
          currency: 'NOK',
          records: 1,
          actors: [{ id: 'nor-development-fund', min: 5_000_000, max: 5_000_000, records: 1 }],
        },
      ],
      withoutAmount: 1,
      withoutActor: 0,
      shared: 1,
    });
  });

  it('counts a recipient named twice in one record once', () => {
    // jpn-detectors-for-tsdc has the Tonle Sap centre and Cambodia itself as recipients.
    expect(fundingByActor(model, records, { side: 'recipient', by: 'country' })).toEqual({
      currencies: [
        {
          currency: 'EUR',
          records: 2,
          actors: [
            { id: 'UKR', min: 3_000_000, max: 3_000_000, records: 1 },
            { id: 'LAO', min: 100_000, max: 120_000, records: 1 },
          ],
        },
        { currency: 'USD', records: 2, actors: [{ id: 'KHM', min: 2_900_000, max: 2_950_000, records: 2 }] },
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
