import { render, screen, within } from '@testing-library/react';
import { useState, type ComponentType } from 'react';
import { sampleDataset } from '../../mocks/datasets';
import type { CooperationRecord } from '../../src/data/schema/records';
import { validateDataset } from '../../src/data/schema/validate';
import { buildModel, type DatasetModel } from '../../src/data/selectors/model';
import type { CardProps } from '../../src/features/charts/cards/card-props';
import ChartGallery from '../../src/features/charts/ChartGallery';
import { ChartWidthContext } from '../../src/features/charts/chart-width';
import { createTranslator } from '../../src/i18n/translator';
import { DEFAULT_CHART_OPTIONS } from '../../src/view-state/chart-options';

/** The bundled dataset as the app sees it: validated, then indexed. */
export function sampleModel(): DatasetModel {
  const result = validateDataset(sampleDataset);
  if (!result.ok) throw new Error('the sample dataset must be valid');
  return buildModel(result.dataset);
}

export const i18n = createTranslator('en');

// jsdom measures nothing, so a responsive chart would draw nothing: every test draws at a fixed width.
const CHART_WIDTH = 640;

/** Renders the whole gallery (slow in jsdom: about a second per chart). */
export function renderGallery(model: DatasetModel, records: CooperationRecord[] = model.dataset.records) {
  return render(<ChartGallery model={model} records={records} chartWidth={CHART_WIDTH} />);
}

/** Renders one chart card as the gallery would, for tests about that chart alone. */
export function renderCard(
  Card: ComponentType<CardProps>,
  model: DatasetModel,
  records: CooperationRecord[] = model.dataset.records,
) {
  return render(
    <ChartWidthContext value={CHART_WIDTH}>
      <CardWithChoices Card={Card} model={model} records={records} />
    </ChartWidthContext>,
  );
}

// A card's choices live in the URL in the app; here they live in state, so clicking a choice changes the chart.
function CardWithChoices({
  Card,
  model,
  records,
}: {
  Card: ComponentType<CardProps>;
  model: DatasetModel;
  records: CooperationRecord[];
}) {
  const [options, setOptions] = useState(DEFAULT_CHART_OPTIONS);
  return (
    <Card
      model={model}
      records={records}
      context={{ model, source: 'Source line', filters: null }}
      options={options}
      onOptionsChange={(change) => setOptions((current) => ({ ...current, ...change }))}
    />
  );
}

/** Switches a chart's figure to its table and returns the table. */
export async function showTable(card: HTMLElement, user: { click: (element: Element) => Promise<void> }) {
  await user.click(within(card).getByRole('button', { name: 'Show table' }));
  return within(card).getByRole('table');
}

/** A chart's figure, found by its title. */
export function figure(title: string): HTMLElement {
  return screen.getByRole('figure', { name: title });
}

/** The text of every body row of a table, row header first. */
export function bodyRows(table: HTMLElement): string[][] {
  const [, body] = within(table).getAllByRole('rowgroup');
  if (body === undefined) throw new Error('the table has no body');
  return within(body)
    .getAllByRole('row')
    .map((row) =>
      // Every row starts with its header; the cells follow.
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent ?? '',
      ),
    );
}

/** The column headers of a table. */
export function columnHeaders(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent ?? '');
}

/** "8–15" for a range, one number when the ends agree. */
export function rangeText(
  min: number,
  max: number,
  one: (value: number) => string = i18n.formatNumber,
): string {
  return min === max ? one(min) : `${one(min)}–${one(max)}`;
}
