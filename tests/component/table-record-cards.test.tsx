import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '../../mocks/datasets';
import { validateDataset } from '../../src/data/schema/validate';
import { buildModel } from '../../src/data/selectors/model';
import { sortRecords } from '../../src/data/selectors/sort-records';
import { createTranslator } from '../../src/i18n/translator';
import { RecordTable, type RecordTableProps } from '../../src/features/table/RecordTable';
import { DEFAULT_SORT } from '../../src/view-state/view-state';

const validation = validateDataset(sampleDataset);
if (!validation.ok) throw new Error('the bundled dataset must be valid');
const model = buildModel(validation.dataset);
const records = model.dataset.records;
const { locale } = createTranslator('en');

// jsdom has no matchMedia: a phone-sized screen answers the cards' media query.
function narrowScreen(matches: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches,
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}

function showCards(overrides: Partial<RecordTableProps> = {}) {
  const props: RecordTableProps = {
    model,
    records,
    sort: DEFAULT_SORT,
    page: 1,
    onSortChange: vi.fn(),
    onPageChange: vi.fn(),
    recordHref: (id) => `?tab=table&record=${id}`,
    onOpenRecord: vi.fn(),
    ...overrides,
  };
  render(<RecordTable {...props} />);
  return props;
}

describe('RecordTable on a narrow screen', () => {
  beforeEach(() => narrowScreen(true));
  afterEach(() => vi.unstubAllGlobals());

  it('shows each record as a card headed by its title, in table order, with no table', () => {
    showCards();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Records under the current filters' });
    const cards = within(list).getAllByRole('article');
    const newestFirst = sortRecords(records, DEFAULT_SORT, locale);
    expect(cards).toHaveLength(25);
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(
      newestFirst.slice(0, 25).map((record) => record.title),
    );
    expect(cards[0]).toHaveAccessibleName(newestFirst[0]!.title);
  });

  it("gives a card every column's value under its name, the amount with its qualifier", async () => {
    const japan = model.recordsById.get('japan-ukraine-demining-support-2022-2024')!;
    const handlers = showCards({ records: [japan] });
    const card = screen.getByRole('article', { name: japan.title });
    const terms = within(card)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual([
      'Date',
      'Type',
      'Countries involved',
      'Amount',
      'Roles',
      'Place',
      'Confidence',
      'Sources',
    ]);
    const definitions = within(card).getAllByRole('definition');
    const value = (term: string) => definitions[terms.indexOf(term)]!.textContent;
    expect(value('Amount')).toBe('at least US$70,000,000');
    expect(value('Type')).toMatch(/^Partnership · /);
    expect(value('Sources')).toBe(String(japan.sources.length));
    await userEvent.click(within(card).getByRole('link', { name: japan.title }));
    expect(handlers.onOpenRecord).toHaveBeenCalledWith(japan.id);
  });

  it('sorts from the Sort by and Order selects, as the column headers would', async () => {
    const handlers = showCards({ sort: { field: 'date', direction: 'desc' } });
    const sortBy = screen.getByRole('combobox', { name: 'Sort by' });
    const order = screen.getByRole('combobox', { name: 'Order' });
    expect(sortBy).toHaveValue('date');
    expect(order).toHaveValue('desc');
    expect(
      within(sortBy)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Date', 'Title', 'Type', 'Amount', 'Roles', 'Place', 'Confidence']);
    await userEvent.selectOptions(sortBy, 'Roles');
    expect(handlers.onSortChange).toHaveBeenLastCalledWith({ field: 'roles', direction: 'desc' });
    await userEvent.selectOptions(order, 'Ascending');
    expect(handlers.onSortChange).toHaveBeenLastCalledWith({ field: 'date', direction: 'asc' });
  });
});

describe('RecordTable on a wide screen', () => {
  beforeEach(() => narrowScreen(false));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the table and no sort selects', () => {
    showCards();
    expect(screen.getByRole('table', { name: 'Records under the current filters' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Sort by' })).not.toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
