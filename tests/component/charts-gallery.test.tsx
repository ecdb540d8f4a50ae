import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterRecords } from '../../src/data/selectors/filter';
import { figure, renderGallery, sampleModel } from './charts-support';

const model = sampleModel();
const TITLES = [
  'Records per year by kind',
  'Most active countries and organisations by role',
  'Records per theme',
  'People trained per year',
  'People trained by trainer and trainee country',
  'Funding by donor and recipient',
];
const sourceLine = (count: number) =>
  `Source: Mine action cooperation: sample dataset with open data, as of 6 December 2026; ${count} records under the current filters.`;

// Drawing six charts in jsdom takes seconds; the gallery draws them one after another.
const DRAWING = { timeout: 20_000 };
describe('the chart gallery', { timeout: 30_000 }, () => {
  it('shows every chart as a figure named by its title, with its chart drawn and its source line', async () => {
    renderGallery(model);
    expect(screen.getAllByRole('figure')).toHaveLength(TITLES.length);
    for (const title of TITLES) {
      const card = figure(title);
      expect(within(card).getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
      // Recharts names its SVG by the title it is given. The charts draw one after another.
      expect(await within(card).findByRole('application', { name: title }, DRAWING)).toBeInTheDocument();
      expect(within(card).getByText(sourceLine(model.dataset.records.length))).toBeInTheDocument();
      expect(within(card).getByRole('button', { name: 'Show chart' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(within(card).getByRole('button', { name: 'Show table' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    }
  });

  it('swaps a chart for its table and back with a pressed toggle', async () => {
    const user = userEvent.setup();
    renderGallery(model);
    const card = figure('Records per theme');
    await user.click(within(card).getByRole('button', { name: 'Show table' }));
    expect(within(card).getByRole('button', { name: 'Show table' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(card).getByRole('button', { name: 'Show chart' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(card).queryByRole('application')).not.toBeInTheDocument();
    expect(within(card).getByRole('table', { name: 'Records per theme' })).toBeInTheDocument();
    // The other charts keep their own view.
    expect(
      await within(figure('Records per year by kind')).findByRole('application', {}, DRAWING),
    ).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Show chart' }));
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
    expect(within(card).getByRole('application', { name: 'Records per theme' })).toBeInTheDocument();
  });

  it('counts the filtered records in every source line', () => {
    const trainings = filterRecords(model, { ...EMPTY_FILTER, types: ['training'] });
    renderGallery(model, trainings);
    expect(screen.getAllByText(sourceLine(trainings.length))).toHaveLength(TITLES.length);
  });

  it('says there is nothing to draw instead of drawing empty axes', () => {
    renderGallery(model, []);
    const messages: Record<string, string> = {
      'Records per year by kind': 'No records under these filters.',
      'Most active countries and organisations by role': 'No countries in this role under these filters.',
      'Records per theme': 'No records with themes under these filters.',
      'People trained per year': 'No trainings under these filters.',
      'People trained by trainer and trainee country': 'No trainings between countries under these filters.',
      'Funding by donor and recipient': 'No records with amounts under these filters.',
    };
    for (const [title, message] of Object.entries(messages)) {
      expect(within(figure(title)).getByText(message)).toBeInTheDocument();
    }
    expect(screen.queryByRole('application')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show table' })).not.toBeInTheDocument();
    expect(screen.getAllByText(sourceLine(0))).toHaveLength(TITLES.length);
  });
});
