import { describe, expect, it } from 'vitest';
import type { CooperationRecord } from '../../../src/data/schema/records';
import { topActors } from '../../../src/data/selectors/activity';
import { buildModel } from '../../../src/data/selectors/model';
import { chartsFixture } from '../../fixtures/charts-fixture';

const model = buildModel(chartsFixture);
const records = chartsFixture.records;

describe('topActors', () => {
  it('counts donor countries once per record, even with two parties from one country', () => {
    // multi-donor-ukraine-fund has Norway and the Norwegian Development Fund as donors: one record for NOR.
    // Global Clearance Alliance has no country, so its donation counts for no country.
    expect(topActors(model, records, { by: 'country', group: 'giving' })).toEqual([
      { id: 'JPN', count: 6 },
      { id: 'NOR', count: 3 },
    ]);
  });

  it('counts donor organisations, leaving out countries that act as a whole', () => {
    expect(topActors(model, records, { by: 'organisation', group: 'giving' })).toEqual([
      { id: 'jp-overseas-cooperation-agency', count: 6 },
      { id: 'nor-development-fund', count: 3 },
      { id: 'global-clearance-alliance', count: 1 },
    ]);
  });

  it('groups recipients and trainees as receiving, breaking ties by code', () => {
    // jpn-detectors-for-tsdc has the Tonle Sap centre and Cambodia itself as recipients: one record for KHM.
    expect(topActors(model, records, { by: 'country', group: 'receiving' })).toEqual([
      { id: 'KHM', count: 4 },
      { id: 'LAO', count: 3 },
      { id: 'UKR', count: 3 },
    ]);
    expect(topActors(model, records, { by: 'organisation', group: 'receiving' })).toEqual([
      { id: 'tonle-sap-demining-centre', count: 2 },
      { id: 'ukr-emergency-demining-service', count: 2 },
    ]);
  });

  it('counts trainers and hosts', () => {
    expect(topActors(model, records, { by: 'country', group: 'training' })).toEqual([
      { id: 'KHM', count: 2 },
      { id: 'VNM', count: 1 },
    ]);
    expect(topActors(model, records, { by: 'country', group: 'hosting' })).toEqual([
      { id: 'UKR', count: 1 },
      { id: 'VNM', count: 1 },
    ]);
  });

  it('counts a country that is both recipient and trainee in one record once', () => {
    const base = records[0] as CooperationRecord;
    const both: CooperationRecord = {
      ...base,
      parties: [
        { country: 'KHM', role: 'recipient' },
        { organisation: 'tonle-sap-demining-centre', role: 'trainee' },
      ],
    };
    expect(topActors(model, [both], { by: 'country', group: 'receiving' })).toEqual([
      { id: 'KHM', count: 1 },
    ]);
  });

  it('is empty without records', () => {
    expect(topActors(model, [], { by: 'country', group: 'giving' })).toEqual([]);
  });
});
