import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/data/selectors/names';
import { peopleTrainedPerYear } from '../../src/data/selectors/trained';
import { trainingPairs } from '../../src/data/selectors/training-pairs';
import { TrainedPerYearCard } from '../../src/features/charts/cards/TrainedPerYearCard';
import { TrainingPairsCard } from '../../src/features/charts/cards/TrainingPairsCard';
import {
  bodyRows,
  columnHeaders,
  figure,
  i18n,
  rangeText,
  renderCard,
  sampleModel,
  showTable,
} from './charts-support';

const model = sampleModel();
const records = model.dataset.records;

/** The people column: a range where sources disagree, "not stated" where no training gave a number. */
function peopleCell(row: { min: number; max: number; trainings: number; trainingsWithoutCount: number }) {
  return row.trainings === row.trainingsWithoutCount ? 'not stated' : rangeText(row.min, row.max);
}

describe('people trained per year', { timeout: 15_000 }, () => {
  it('tabulates peopleTrainedPerYear, disputed counts as a range, and says how many trainings gave no number', async () => {
    renderCard(TrainedPerYearCard, model);
    const card = figure('People trained per year');
    const rows = peopleTrainedPerYear(records);
    const withoutCount = rows.reduce((sum, row) => sum + row.trainingsWithoutCount, 0);
    expect(withoutCount).toBeGreaterThan(0);
    expect(
      within(card).getByText(
        new RegExp(`${withoutCount} trainings give no number of people and add nothing to the bars\\.`),
      ),
    ).toBeInTheDocument();

    const table = await showTable(card, userEvent.setup());
    expect(columnHeaders(table)).toEqual(['Year', 'People trained', 'Trainings', 'Without a number']);
    const expected = rows.map((row) => [
      String(row.year),
      peopleCell(row),
      String(row.trainings),
      String(row.trainingsWithoutCount),
    ]);
    expect(bodyRows(table)).toEqual(expected);
    // 2023: the first CMAC course for Ukraine was reported as 15 and as 8 trainees.
    expect(expected).toContainEqual(['2023', '31–38', '4', '1']);
  });
});

describe('people trained by trainer and trainee country', { timeout: 15_000 }, () => {
  it('tabulates trainingPairs pair by pair', async () => {
    renderCard(TrainingPairsCard, model);
    const table = await showTable(figure('People trained by trainer and trainee country'), userEvent.setup());
    expect(columnHeaders(table)).toEqual([
      'Trainer country → trainee country',
      'People trained',
      'Trainings',
      'Without a number',
    ]);
    const { pairs } = trainingPairs(model, records);
    expect(pairs.length).toBeGreaterThan(0);
    expect(bodyRows(table)).toEqual(
      pairs
        .slice(0, 10)
        .map((pair) => [
          `${countryName(model, pair.from)}\u00a0→ ${countryName(model, pair.to)}`,
          peopleCell(pair),
          i18n.formatNumber(pair.trainings),
          i18n.formatNumber(pair.trainingsWithoutCount),
        ]),
    );
  });
});
