import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { recordsPerYearByType } from '../../src/data/selectors/by-year';
import { EMPTY_FILTER, filterRecords } from '../../src/data/selectors/filter';
import { recordsPerTheme } from '../../src/data/selectors/themes';
import { RecordsPerYearCard } from '../../src/features/charts/cards/RecordsPerYearCard';
import { ThemesCard } from '../../src/features/charts/cards/ThemesCard';
import { bodyRows, columnHeaders, figure, i18n, renderCard, sampleModel, showTable } from './charts-support';

const model = sampleModel();
const records = model.dataset.records;

describe('records per year by kind', { timeout: 15_000 }, () => {
  it('tabulates exactly what recordsPerYearByType counts', async () => {
    renderCard(RecordsPerYearCard, model);
    const table = await showTable(figure('Records per year by kind'), userEvent.setup());
    expect(columnHeaders(table)).toEqual(['Year', 'Partnerships', 'Training exchanges', 'Events']);
    const expected = recordsPerYearByType(records).map((row) => [
      String(row.year),
      String(row.partnership),
      String(row.training),
      String(row.event),
    ]);
    expect(expected.length).toBeGreaterThan(10);
    expect(bodyRows(table)).toEqual(expected);
  });

  it('follows the filters', async () => {
    const trainings = filterRecords(model, { ...EMPTY_FILTER, types: ['training'] });
    renderCard(RecordsPerYearCard, model, trainings);
    const table = await showTable(figure('Records per year by kind'), userEvent.setup());
    expect(bodyRows(table)).toEqual(
      recordsPerYearByType(trainings).map((row) => [String(row.year), '0', String(row.training), '0']),
    );
  });
});

describe('records per theme', { timeout: 15_000 }, () => {
  it('tabulates exactly what recordsPerTheme counts, and says that a record counts in each of its themes', async () => {
    renderCard(ThemesCard, model);
    const card = figure('Records per theme');
    expect(within(card).getByText(/A record with several themes counts in each/)).toBeInTheDocument();
    const table = await showTable(card, userEvent.setup());
    expect(columnHeaders(table)).toEqual(['Theme', 'Records']);
    const expected = recordsPerTheme(records).themes.map(({ theme, count }) => [
      i18n.t(`theme.${theme}`),
      i18n.formatNumber(count),
    ]);
    expect(expected[0]).toEqual(['Clearance', '72']);
    expect(bodyRows(table)).toEqual(expected);
  });
});
