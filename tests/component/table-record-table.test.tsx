import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '../../mocks/datasets';
import type { CooperationRecord } from '../../src/data/schema/records';
import { validateDataset } from '../../src/data/schema/validate';
import { involvedCountryNames } from '../../src/data/selectors/involved-countries';
import { buildModel } from '../../src/data/selectors/model';
import { sortRecords } from '../../src/data/selectors/sort-records';
import { createTranslator } from '../../src/i18n/translator';
import { PAGE_SIZE, RecordTable, type RecordTableProps } from '../../src/features/table/RecordTable';
import { DEFAULT_SORT, type TableSort } from '../../src/view-state/view-state';

const validation = validateDataset(sampleDataset);
if (!validation.ok) throw new Error('the bundled dataset must be valid');
const model = buildModel(validation.dataset);
const records = model.dataset.records;
const total = records.length;
// The locale the table formats and sorts for.
const { locale } = createTranslator('en');

function tableProps(overrides: Partial<RecordTableProps> = {}): RecordTableProps {
  return {
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
}

function showTable(overrides: Partial<RecordTableProps> = {}) {
  const props = tableProps(overrides);
  render(<RecordTable {...props} />);
  return props;
}

/** The titles in the table body, top to bottom (each row's header cell). */
function shownTitles(): string[] {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body!)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

const titles = (list: CooperationRecord[]) => list.map((record) => record.title);
const lastPage = Math.ceil(total / PAGE_SIZE);

describe('RecordTable', () => {
  it('shows the first page of records, newest first, and how many there are', () => {
    showTable();
    const newestFirst = sortRecords(records, DEFAULT_SORT, locale);
    expect(shownTitles()).toEqual(titles(newestFirst.slice(0, PAGE_SIZE)));
    expect(screen.getByRole('status')).toHaveTextContent(`Showing 1–${PAGE_SIZE} of ${total} records`);
    expect(screen.getByRole('table', { name: 'Records under the current filters' })).toBeInTheDocument();
    expect(screen.getByText(`Page 1 of ${lastPage}`)).toBeInTheDocument();
  });

  it('shows the page it is given, in the order it is given', () => {
    const sort: TableSort = { field: 'title', direction: 'asc' };
    showTable({ sort, page: 2 });
    const byTitle = sortRecords(records, sort, locale);
    expect(shownTitles()).toEqual(titles(byTitle.slice(PAGE_SIZE, 2 * PAGE_SIZE)));
    expect(screen.getByRole('status')).toHaveTextContent(
      `Showing ${PAGE_SIZE + 1}–${2 * PAGE_SIZE} of ${total} records`,
    );
  });

  it('shows the last page for a page past the end', () => {
    showTable({ page: 99 });
    const newestFirst = sortRecords(records, DEFAULT_SORT, locale);
    const first = (lastPage - 1) * PAGE_SIZE;
    expect(shownTitles()).toEqual(titles(newestFirst.slice(first)));
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${first + 1}–${total} of ${total} records`);
    expect(screen.getByText(`Page ${lastPage} of ${lastPage}`)).toBeInTheDocument();
  });

  it("shows an amount with its qualifier and each party's role, sorting by the amount", async () => {
    const japan = model.recordsById.get('japan-ukraine-demining-support-2022-2024')!;
    const share = model.recordsById.get('iati-gb-chc-1001813-nlukraine2020-2024')!;
    const handlers = showTable({ records: [japan, share] });
    const japanRow = within(screen.getByRole('row', { name: new RegExp(japan.title) })).getAllByRole('cell');
    expect(japanRow[3]).toHaveTextContent('at least US$70,000,000');
    expect(
      within(japanRow[4]!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Government of Japan: donor', expect.stringMatching(/: recipient$/)]);
    const shareRow = within(screen.getByRole('row', { name: new RegExp(share.title) })).getAllByRole('cell');
    expect(shareRow[3]).toHaveTextContent(/^€3,960,000mine-action share, \d+%$/);
    await userEvent.click(screen.getByRole('button', { name: 'Amount' }));
    expect(handlers.onSortChange).toHaveBeenLastCalledWith({ field: 'amount', direction: 'asc' });
  });

  it('lists only the roles of the chosen countries, and says when a record gives no amount', () => {
    const partners = model.recordsById.get('partners-ukraine-demining-2022-2027')!;
    const meeting = model.recordsById.get('cmaa-ukraine-meeting-2024-04-03')!;
    showTable({ records: [partners, meeting], focus: { countries: ['NOR', 'DEU'], organisations: [] } });
    const cells = within(screen.getByRole('row', { name: new RegExp(partners.title) })).getAllByRole('cell');
    expect(
      within(cells[4]!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Norway: donor', 'Germany: donor']);
    const meetingCells = within(screen.getByRole('row', { name: new RegExp(meeting.title) })).getAllByRole(
      'cell',
    );
    expect(meetingCells[3]).toHaveTextContent('None given');
  });

  it('lists three parties of a long list and says how many more there are', () => {
    const partners = model.recordsById.get('partners-ukraine-demining-2022-2027')!;
    showTable({ records: [partners] });
    const cells = within(screen.getByRole('row', { name: new RegExp(partners.title) })).getAllByRole('cell');
    const lines = within(cells[4]!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(`and ${partners.parties.length - 3} more`);
  });

  it('puts the records with an amount first, by currency, whichever the direction', () => {
    const withAmounts = records.filter((record) => record.type === 'partnership' && record.amount);
    showTable({ sort: { field: 'amount', direction: 'desc' } });
    expect(screen.getByRole('columnheader', { name: 'Amount' })).toHaveAttribute('aria-sort', 'descending');
    const sorted = sortRecords(records, { field: 'amount', direction: 'desc' }, locale);
    expect(shownTitles()).toEqual(titles(sorted.slice(0, PAGE_SIZE)));
    expect(new Set(sorted.slice(0, withAmounts.length))).toEqual(new Set(withAmounts));
  });

  it('shows every column of a row: date, title, type and kind, countries, place, confidence and sources', () => {
    const seed = model.recordsById.get('cmaa-ukraine-meeting-2024-04-03')!;
    showTable({ records: [seed] });
    const row = screen.getByRole('row', { name: new RegExp(seed.title) });
    const cells = within(row).getAllByRole('cell');
    const countries = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      involvedCountryNames(model, seed, new Intl.Collator(locale)),
    );
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '3 April 2024',
      'EventMeeting',
      countries,
      'None given',
      expect.stringContaining(': '),
      seed.place!.name,
      'Confirmed',
      String(seed.sources.length),
    ]);
    expect(countries).toBe('Cambodia, Japan and Ukraine');
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Date',
      'Title',
      'Type',
      'Countries involved',
      'Amount',
      'Roles',
      'Place',
      'Confidence',
      'Sources',
    ]);
  });

  it('marks the sorted column with aria-sort and asks for the other direction on a second click', async () => {
    const handlers = showTable({ sort: { field: 'date', direction: 'desc' } });
    const dateHeader = screen.getByRole('columnheader', { name: 'Date' });
    expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    for (const name of ['Title', 'Type', 'Place', 'Confidence']) {
      expect(screen.getByRole('columnheader', { name })).not.toHaveAttribute('aria-sort');
    }
    await userEvent.click(within(dateHeader).getByRole('button', { name: 'Date' }));
    expect(handlers.onSortChange).toHaveBeenLastCalledWith({ field: 'date', direction: 'asc' });
    await userEvent.click(screen.getByRole('button', { name: 'Title' }));
    expect(handlers.onSortChange).toHaveBeenLastCalledWith({ field: 'title', direction: 'asc' });
  });

  it('sorts an ascending column descending next', async () => {
    const handlers = showTable({ sort: { field: 'place', direction: 'asc' } });
    expect(screen.getByRole('columnheader', { name: 'Place' })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: 'Place' }));
    expect(handlers.onSortChange).toHaveBeenCalledWith({ field: 'place', direction: 'desc' });
  });

  it('has no sort buttons on the columns that cannot be sorted', () => {
    showTable();
    expect(screen.queryByRole('button', { name: 'Countries involved' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sources' })).not.toBeInTheDocument();
  });

  it('sorts by the Roles column, by the roles its cells show', async () => {
    const focus = { countries: ['JPN'], organisations: [] };
    const handlers = showTable({ sort: { field: 'roles', direction: 'asc' }, focus });
    expect(screen.getByRole('columnheader', { name: 'Roles' })).toHaveAttribute('aria-sort', 'ascending');
    // The first row is one where Japan gives: "donor" leads the vocabulary's order.
    const [, body] = screen.getAllByRole('rowgroup');
    const firstRoles = within(within(body!).getAllByRole('row')[0]!).getAllByRole('cell')[4]!;
    expect(firstRoles).toHaveTextContent(/: donor/);
    await userEvent.click(screen.getByRole('button', { name: 'Roles' }));
    expect(handlers.onSortChange).toHaveBeenLastCalledWith({ field: 'roles', direction: 'desc' });
  });

  it('names an organisation in the Roles column by its acronym, spelt out in a title', () => {
    const japan = model.recordsById.get('japan-ukraine-demining-support-2022-2024')!;
    showTable({ records: [japan] });
    const withAcronym = japan.parties.find(
      (party) => party.organisation && model.organisationsById.get(party.organisation)?.acronym,
    );
    expect(withAcronym).toBeDefined();
    const organisation = model.organisationsById.get(withAcronym!.organisation!)!;
    const abbr = screen.getByText(organisation.acronym!, { selector: 'abbr' });
    expect(abbr).toHaveAttribute('title', `${organisation.name} (${organisation.acronym})`);
    const lines = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toContain(`${organisation.acronym}: ${withAcronym!.role}`);
  });

  it('moves between pages, and the buttons at an end stay focusable but do nothing', async () => {
    const handlers = showTable({ page: 1 });
    const pages = screen.getByRole('navigation', { name: 'Pages of records' });
    const previous = within(pages).getByRole('button', { name: 'Previous page' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(previous);
    expect(handlers.onPageChange).not.toHaveBeenCalled();
    await userEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(handlers.onPageChange).toHaveBeenLastCalledWith(2);
    await userEvent.click(within(pages).getByRole('button', { name: 'Last page' }));
    expect(handlers.onPageChange).toHaveBeenLastCalledWith(lastPage);
  });

  it('goes back from the last page', async () => {
    const handlers = showTable({ page: lastPage });
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(handlers.onPageChange).toHaveBeenLastCalledWith(lastPage - 1);
    await userEvent.click(screen.getByRole('button', { name: 'First page' }));
    expect(handlers.onPageChange).toHaveBeenLastCalledWith(1);
  });

  it('links each title to its record, opening it in place on a plain click only', () => {
    const [record] = sortRecords(records, DEFAULT_SORT, locale);
    const handlers = showTable();
    const link = screen.getByRole('link', { name: record!.title });
    expect(link).toHaveAttribute('href', `?tab=table&record=${record!.id}`);

    // A modifier key or the middle button leaves the link to the browser (new tab, new window).
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(link, { metaKey: true })).toBe(true);
    expect(fireEvent.click(link, { button: 1 })).toBe(true);
    expect(handlers.onOpenRecord).not.toHaveBeenCalled();

    // fireEvent returns false when the handler prevented the browser's navigation.
    expect(fireEvent.click(link)).toBe(false);
    expect(handlers.onOpenRecord).toHaveBeenCalledWith(record!.id);
  });

  it('opens a record from the keyboard', async () => {
    const [record] = sortRecords(records, DEFAULT_SORT, locale);
    const handlers = showTable();
    screen.getByRole('link', { name: record!.title }).focus();
    await userEvent.keyboard('{Enter}');
    expect(handlers.onOpenRecord).toHaveBeenCalledWith(record!.id);
  });

  it('says so when no record matches, without an empty table', () => {
    showTable({ records: [] });
    expect(screen.getByText('No records match the current filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('leaves a filter change to the filter panel to announce, and announces a page the reader turned', async () => {
    const props = tableProps();
    const { rerender } = render(<RecordTable {...props} />);
    const count = () => screen.getByText(/^Showing/);
    // Fewer records after a filter change: the count changes silently.
    const fewer = records.slice(0, 30);
    rerender(<RecordTable {...props} records={fewer} />);
    expect(count()).toHaveAttribute('aria-live', 'off');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next page' }));
    expect(props.onPageChange).toHaveBeenCalledWith(2);
    // The app filters anew after a page turn: the same records in a new list.
    rerender(<RecordTable {...props} records={[...fewer]} page={2} />);
    expect(count()).toHaveAttribute('aria-live', 'polite');
    expect(count()).toHaveTextContent('Showing 26–30 of 30 records');
  });

  it('renders one page of ten thousand records', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({
      ...records[index % total]!,
      id: `record-${index}`,
    })) as CooperationRecord[];
    showTable({ records: many, page: 3 });
    expect(shownTitles()).toHaveLength(PAGE_SIZE);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 51–75 of 10,000 records');
    expect(screen.getByText('Page 3 of 400')).toBeInTheDocument();
  });
});
