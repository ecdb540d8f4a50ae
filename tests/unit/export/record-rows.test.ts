import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema/dataset';
import { buildModel } from '../../../src/data/selectors/model';
import { RECORD_COLUMNS, recordTable } from '../../../src/features/export/record-rows';
import { createTranslator } from '../../../src/i18n/translator';
import { sampleDataset } from '../../../mocks/datasets';
import { mineActionShare, moneyFixture, worldProgramme } from '../../fixtures/money-fixture';
import { selectorFixture } from '../../fixtures/selector-fixture';

const translator = createTranslator('en');
const sample = buildModel(sampleDataset as Dataset);

/** One record's row as {header: value}, so a failure names the column. */
function rowOf(model: ReturnType<typeof buildModel>, id: string) {
  const record = model.recordsById.get(id);
  if (record === undefined) throw new Error(`no record ${id}`);
  const { header, rows } = recordTable(model, [record], translator);
  return Object.fromEntries(header.map((name, index) => [name, rows[0]![index]]));
}

describe('recordTable', () => {
  it('has one header per column, worded by the catalogue', () => {
    const { header } = recordTable(sample, [], translator);
    expect(header).toHaveLength(RECORD_COLUMNS.length);
    expect(header.slice(0, 6)).toEqual(['ID', 'Type', 'Kind', 'Title', 'Start', 'End']);
    expect(header).toContain('Participants (min)');
    expect(header.at(-1)).toBe('Source URLs');
  });

  it('has one row per record, in the order given', () => {
    const records = sample.dataset.records.slice(0, 7);
    const { rows } = recordTable(sample, records, translator);
    expect(rows.map((row) => row[0])).toEqual(records.map((record) => record.id));
  });

  it('writes the first SESU course with its disputed number of trainees as a range and a flag', () => {
    expect(rowOf(sample, 'cmac-sesu-course-1-2023-01')).toEqual({
      ID: 'cmac-sesu-course-1-2023-01',
      Type: 'Training exchange',
      Kind: null,
      Title: 'CMAC course 1 for SESU deminers (ALIS detectors)',
      Start: '2023-01-16',
      End: '2023-01-20',
      'Countries (ISO3)': 'JPN; KHM; UKR',
      Organisations:
        'Cambodian Mine Action Centre (CMAC); State Emergency Service of Ukraine (SESU); ' +
        'Japan International Cooperation Agency (JICA); Japan International Cooperation System (JICS); ' +
        'Embassy of Japan in Cambodia',
      Roles:
        'Cambodian Mine Action Centre (CMAC): trainer; State Emergency Service of Ukraine (SESU): trainee; ' +
        'Japan International Cooperation Agency (JICA): donor; Japan International Cooperation System (JICS): participant; ' +
        'Embassy of Japan in Cambodia: participant',
      Themes: 'Capacity building; Equipment; Clearance',
      Place: 'CMAC Technical Institute of Mine Action (TIMA), Kampong Chhnang province',
      'Country of place (ISO3)': 'KHM',
      Latitude: 12.25,
      Longitude: 104.667,
      'Participants (min)': 8,
      'Participants (max)': 15,
      'Participants disputed': 'yes',
      'Amount (min)': null,
      'Amount (max)': null,
      'Amount disputed': null,
      'Amount qualifier': null,
      'Amount basis': null,
      'Mine-action share (%)': null,
      'Whole activity amount': null,
      Currency: null,
      Confidence: 'Disputed',
      'Confidence note':
        'Number trained is disputed: AP reports 15 Ukrainian deminers; Jiji Press reports 8 SESU officials ' +
        '(trained Sunday to Friday). The map point is Kampong Chhnang town; the exact TIMA site was not found.',
      'Source titles':
        'Report on Cambodia training Ukrainian officers with novel demining technology; ' +
        'Report on Ukrainian deminers training in Cambodia; ' +
        'Ukrainians learn demining techniques from Cambodian experts; ' +
        'Ukrainians Wrap up Landmine Clearance Exercises in Cambodia; ' +
        "Jiji Press report on SESU officials' training in Cambodia; " +
        'Report on Cambodia continuing demining training for Ukrainian officers',
      'Source URLs':
        'https://www.phnompenhpost.com/national/cambodia-trains-ukraine-officers-using-novel-demining-tech; ' +
        'https://www.taipeitimes.com/News/world/archives/2023/01/18/2003792810; ' +
        'https://www.reuters.com/world/europe/ukrainians-learn-demining-techniques-cambodian-experts-2023-01-19/; ' +
        'https://japannews.yomiuri.co.jp/news-services/ap/20230120-85311/; ' +
        'https://japannews.yomiuri.co.jp/politics/defense-security/20230121-85604; ' +
        'https://m.phnompenhpost.com/national/cambodia-continues-demining-training-ukraine-officers',
    });
  });

  it('writes a disputed amount as its range, and a party that is a whole country by its name', () => {
    const row = rowOf(buildModel(selectorFixture), 'jpn-detectors-for-tsdc');
    expect(row).toMatchObject({
      Type: 'Partnership',
      Kind: 'Equipment transfer',
      End: null,
      'Amount (min)': 400_000,
      'Amount (max)': 450_000,
      'Amount disputed': 'yes',
      Currency: 'USD',
      'Participants (min)': null,
      'Participants disputed': null,
    });
    expect(row.Roles).toMatch(/: donor; Tonle Sap Demining Centre \(TSDC\): recipient; Cambodia: recipient$/);
  });

  it('writes an undisputed amount as equal ends, not disputed', () => {
    const row = rowOf(sample, 'japan-ukraine-demining-support-2022-2024');
    expect(row).toMatchObject({
      Kind: 'Funding',
      'Amount (min)': 70_000_000,
      'Amount (max)': 70_000_000,
      'Amount disputed': 'no',
      Currency: 'USD',
    });
  });

  it('keeps a lower bound, the stage of money and a mine-action share beside the figures', () => {
    const row = rowOf(buildModel(moneyFixture), worldProgramme.id);
    expect(row).toMatchObject({
      'Amount (min)': 78_500_000,
      'Amount qualifier': 'at least',
      'Amount basis': 'Disbursed',
      'Mine-action share (%)': null,
    });
    expect(rowOf(buildModel(moneyFixture), mineActionShare.id)).toMatchObject({
      'Amount (min)': 4_800_000,
      'Amount qualifier': null,
      'Mine-action share (%)': 40,
      'Whole activity amount': 12_000_000,
    });
  });

  it('neutralises formula-like text but keeps negative coordinates numeric', () => {
    const dataset = structuredClone(sampleDataset) as Dataset;
    const record = dataset.records.find((candidate) => candidate.id === 'accra-regional-conference-2024-02')!;
    record.title = '=HYPERLINK("https://example.org/x","Click")';
    record.confidenceNote = '@SUM(1,2)';
    const row = rowOf(buildModel(dataset), record.id);
    expect(row.Title).toBe('\'=HYPERLINK("https://example.org/x","Click")');
    expect(row['Confidence note']).toBe("'@SUM(1,2)");
    expect(typeof row.Longitude).toBe('number');
    expect(row.Longitude as number).toBeLessThan(0);
  });
});
