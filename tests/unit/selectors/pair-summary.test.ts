import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema/dataset';
import { EMPTY_FILTER, filterRecords } from '../../../src/data/selectors/filter';
import { buildModel } from '../../../src/data/selectors/model';
import { pairSummary } from '../../../src/data/selectors/pair-summary';
import { sampleDataset } from '../../../mocks/datasets';

const model = buildModel(sampleDataset as Dataset);
const all = model.dataset.records;

const COURSES = ['cmac-sesu-course-1-2023-01', 'cmac-sesu-course-2-2023-07', 'cmac-sesu-course-3-2024-08'];
const EVENTS = [
  'cmaa-ukraine-meeting-2024-04-03',
  'hun-sen-zelensky-call-2022-11-01',
  'cmaa-ukraine-delegation-siem-reap-2024-11',
];
const PARTNERSHIPS = [
  'cambodia-japan-ukraine-triangular-cooperation',
  'cambodian-demining-experts-ukraine-2022-12',
  'japan-ukraine-mine-action-support-initiative-2025',
];

describe('the Cambodia–Ukraine summary on the sample dataset', () => {
  const summary = pairSummary(model, all, 'KHM', 'UKR');

  it('counts 9 records: 3 partnerships, 3 trainings and 3 events, from 2022 to 2025', () => {
    expect(summary.records.count).toBe(9);
    expect(summary.byType.partnership.recordIds).toEqual(PARTNERSHIPS);
    expect(summary.byType.training.recordIds).toEqual(COURSES);
    expect(summary.byType.event.recordIds).toEqual(EVENTS);
    expect([summary.firstYear, summary.lastYear]).toEqual([2022, 2025]);
  });

  it('has one training flow: Cambodia trained Ukraine 3 times in 2023–2024, 22–29 people, 1 course without a count', () => {
    expect(summary.flows).toHaveLength(1);
    const [flow] = summary.flows;
    expect(flow).toMatchObject({
      trainer: 'KHM',
      trainee: 'UKR',
      firstYear: 2023,
      lastYear: 2024,
      people: { min: 22, max: 29, disputed: true, unknown: 1 },
    });
    expect(flow!.trainings.count).toBe(3);
    expect(flow!.counted.recordIds).toEqual([COURSES[0], COURSES[2]]);
    expect(flow!.withoutCount.recordIds).toEqual([COURSES[1]]);
    expect(flow!.withoutCount.sourceIds).toEqual([
      'ppp-cambodia-continues-training',
      'eacnews-23737',
      'yomiuri-132947',
    ]);
  });

  it('has no training outside that flow', () => {
    expect(summary.otherTrainings.count).toBe(0);
  });

  it('keeps the disputed course-1 count with both of its sources', () => {
    expect(summary.flows[0]!.disputes).toEqual([
      {
        recordId: 'cmac-sesu-course-1-2023-01',
        values: [
          { value: 15, source: 'yomiuri-ap-85311' },
          { value: 8, source: 'yomiuri-jiji-85604' },
        ],
      },
    ]);
  });

  it('names Japan (JICA for course 1, the Government of Japan for course 3) as the funder', () => {
    expect(summary.flows[0]!.funders).toEqual([
      {
        country: 'JPN',
        organisations: ['jica', 'gov-japan'],
        recordIds: [COURSES[0], COURSES[2]],
        sourceIds: expect.arrayContaining(['yomiuri-ap-85311', 'arabnews-2544581']) as unknown,
      },
    ]);
  });

  it('counts 3 events between 2022 and 2024, all in Cambodia', () => {
    expect(summary.events.count).toBe(3);
    expect([summary.events.firstYear, summary.events.lastYear]).toEqual([2022, 2024]);
    expect(summary.events.byPlace.map(({ country, count }) => ({ country, count }))).toEqual([
      { country: 'KHM', count: 3 },
    ]);
  });

  it('names the third parties with their roles, Japanese bodies first', () => {
    const byOrganisation = new Map(summary.thirdParties.map((party) => [party.organisation, party]));
    expect(byOrganisation.get('jica')?.roles).toEqual(['donor', 'implementer', 'participant']);
    expect(byOrganisation.get('gov-japan')?.roles).toEqual(['donor']);
    expect(byOrganisation.get('solidarity-fund-pl')).toMatchObject({
      country: 'POL',
      roles: ['participant'],
      recordIds: [COURSES[1]],
      sourceIds: ['ppp-cambodia-continues-training', 'eacnews-23737', 'yomiuri-132947'],
    });
    expect(summary.thirdParties.every((party) => party.country !== 'KHM' && party.country !== 'UKR')).toBe(
      true,
    );
  });

  it('groups the third parties by country: Japan with six bodies, Poland with one', () => {
    expect(
      summary.thirdCountries.map(({ country, parties, roles, count }) => ({
        country,
        parties: parties.map((party) => party.organisation),
        roles,
        count,
      })),
    ).toEqual([
      {
        country: 'JPN',
        parties: ['jica', 'embassy-japan-cambodia', 'gov-japan', 'jics', 'mofa-japan', 'nikken'],
        roles: ['donor', 'implementer', 'participant'],
        // The April 2024 meeting, the triangular cooperation, the three courses and the 2025 initiative.
        count: 6,
      },
      { country: 'POL', parties: ['solidarity-fund-pl'], roles: ['participant'], count: 1 },
    ]);
  });

  it('cites, for each figure, exactly the sources of its records', () => {
    const sourcesOf = (ids: string[]) => [
      ...new Set(all.filter((record) => ids.includes(record.id)).flatMap((record) => record.sources)),
    ];
    expect(summary.records.sourceIds).toHaveLength(18);
    expect(summary.records.sourceIds.sort()).toEqual(sourcesOf(summary.records.recordIds).sort());
    expect(summary.events.sourceIds.sort()).toEqual(sourcesOf(EVENTS).sort());
  });

  it('is the same pair whichever way round the countries are given, with the flow still from Cambodia', () => {
    const reversed = pairSummary(model, all, 'UKR', 'KHM');
    expect(reversed.records.recordIds).toEqual(summary.records.recordIds);
    expect(reversed.flows.map((flow) => [flow.trainer, flow.trainee])).toEqual([['KHM', 'UKR']]);
  });
});

describe('a pair whose trainings are not one training the other', () => {
  it('counts Japan–Ukraine trainings apart from the flows: Japan paid, Cambodia trained', () => {
    const summary = pairSummary(model, all, 'JPN', 'UKR');
    expect(summary.flows).toEqual([]);
    expect(summary.otherTrainings.recordIds).toEqual(summary.byType.training.recordIds);
    expect(summary.otherTrainings.count).toBe(3);
  });
});

describe('the summary under filters', () => {
  it('keeps only what the filter keeps: events of 2024', () => {
    const records = filterRecords(model, { ...EMPTY_FILTER, types: ['event'], yearFrom: 2024, yearTo: 2024 });
    const summary = pairSummary(model, records, 'KHM', 'UKR');
    expect(summary.records.recordIds).toEqual([EVENTS[0], EVENTS[2]]);
    expect(summary.flows).toEqual([]);
    expect(summary.byType.training.count).toBe(0);
  });

  it('is empty for two countries with no record in common', () => {
    const summary = pairSummary(model, all, 'TON', 'COL');
    expect(summary.records.count).toBe(0);
    expect(summary.firstYear).toBeNull();
    expect(summary.events.byPlace).toEqual([]);
  });
});
