import { describe, expect, it } from 'vitest';
import { recordsPerYearByType } from '../../src/data/selectors/by-year';
import { fundingByActor } from '../../src/data/selectors/funding';
import { buildModel } from '../../src/data/selectors/model';
import { peopleTrainedPerYear } from '../../src/data/selectors/trained';
import { fundingSeries } from '../../src/features/charts/builders/funding';
import { recordsPerYearSeries } from '../../src/features/charts/builders/records-per-year';
import { trainedPerYearSeries } from '../../src/features/charts/builders/trained-per-year';
import { cellText, toChartData } from '../../src/features/charts/series';
import { chartsFixture } from '../fixtures/charts-fixture';
import { jointAllocation, moneyFixture, worldProgramme } from '../fixtures/money-fixture';
import { i18n, sampleModel } from './charts-support';

// What the chart draws and what the table says come from one series: these check that the
// drawn numbers are the selector's, segment by segment, and that the bar labels match the table.
describe('the data a chart draws', () => {
  it('stacks each year’s records by kind with the counts recordsPerYearByType gives', () => {
    const rows = recordsPerYearByType(sampleModel().dataset.records);
    const data = toChartData(recordsPerYearSeries(rows, i18n));
    expect(
      data.map(({ category, partnership, training, event }) => ({ category, partnership, training, event })),
    ).toEqual(
      rows.map((row) => ({
        category: String(row.year),
        partnership: row.partnership,
        training: row.training,
        event: row.event,
      })),
    );
  });

  it('draws people trained as the lowest count plus an uncertain part up to the highest', () => {
    const rows = peopleTrainedPerYear(chartsFixture.records);
    const series = trainedPerYearSeries(rows, i18n);
    const data = toChartData(series);
    expect(
      data.map((datum) => [datum.category, datum.peopleLow, datum.peopleUncertain, datum.directLabel]),
    ).toEqual([
      ['2019', 8, 7, '8–15'],
      // The years between keep their places on the axis, empty and unlabelled: a gap, not years run together.
      ['2020', 0, 0, undefined],
      ['2021', 0, 0, undefined],
      ['2022', 0, 0, undefined],
      ['2023', 24, 0, '24'],
      ['2024', 30, 0, '30'],
    ]);
    expect(series.rows.filter((row) => row.gap).map((row) => row.id)).toEqual(['2020', '2021', '2022']);
    // The label on each bar is the table's text for the same row.
    series.rows.forEach((row, index) => {
      if (!row.gap) expect(data[index]?.directLabel).toBe(cellText(series.measures[0]!, row));
    });
  });

  it('draws one currency’s amounts, a joint amount once as its own bar, disputed sums split into low and uncertain parts', () => {
    const model = buildModel(chartsFixture);
    const [eur] = fundingByActor(model, chartsFixture.records, {
      side: 'donor',
      by: 'organisation',
    }).currencies;
    const data = toChartData(fundingSeries(model, eur!, 'organisation', i18n));
    expect(
      data.map((datum) => [datum.rowId, datum.amountLow, datum.amountUncertain, datum.directLabel]),
    ).toEqual([
      // The three-donor fund gave no split: one joint bar, never €3m for each of its donors.
      [
        'joint:organisation:jp-overseas-cooperation-agency|organisation:nor-development-fund',
        3_000_000,
        0,
        '€3m',
      ],
      ['global-clearance-alliance', 100_000, 20_000, '€100k–€120k'],
    ]);
  });

  it('labels a lower bound "at least" on its bar, in the tooltip and table text, and a joint bar by its partners', () => {
    const model = buildModel(moneyFixture);
    const [usd] = fundingByActor(model, [worldProgramme, jointAllocation], {
      side: 'recipient',
      by: 'country',
    }).currencies;
    const series = fundingSeries(model, usd!, 'country', i18n);
    const data = toChartData(series);
    // Ukraine alone received the allocation; the worldwide programme is joint, never one country's.
    expect(data.map((datum) => [datum.category, datum.directLabel])).toEqual([
      ['Ukraine', 'US$700m'],
      ['Joint: KHM, LAO, UKR', 'at least US$78.5m'],
    ]);
    const joint = series.rows[1]!;
    expect(joint.label).toBe("Joint: Cambodia, Lao People's Democratic Republic and Ukraine");
    expect(cellText(series.measures[0]!, joint)).toBe('at least US$78.5m');
    expect(cellText(series.measures[1]!, joint)).toBe(i18n.formatPeriod('1993', '2024'));
  });
});
