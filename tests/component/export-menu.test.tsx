import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../src/data/export/file-names';
import type { Dataset } from '../../src/data/schema/dataset';
import { validateDataset } from '../../src/data/schema/validate';
import { EMPTY_FILTER, filterRecords, type RecordFilter } from '../../src/data/selectors/filter';
import { buildModel } from '../../src/data/selectors/model';
import { ExportMenu } from '../../src/features/export/ExportMenu';
import { sampleDataset } from '../../mocks/datasets';

const model = buildModel(sampleDataset as Dataset);
const filter: RecordFilter = { ...EMPTY_FILTER, countries: ['KHM', 'UKR'], types: ['training'] };
const records = filterRecords(model, filter);
const viewSearch = '?country=KHM,UKR&type=training';

interface Saved {
  fileName: string;
  blob: Blob;
}

// jsdom has no object URLs and cannot follow a download link: record what would have been saved.
let saved: Saved[];
let blobs: Map<string, Blob>;
beforeEach(() => {
  saved = [];
  blobs = new Map();
  let next = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${(next += 1)}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ fileName: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

function renderMenu() {
  return render(<ExportMenu model={model} records={records} filter={filter} viewSearch={viewSearch} />);
}

describe('the Export menu', () => {
  it('opens and closes from the keyboard, handing focus back to its button', async () => {
    const user = userEvent.setup();
    renderMenu();
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(
      screen.getByText(`Exports the ${records.length} records under the current filters.`),
    ).toBeVisible();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download JSON' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy citation' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes on a click outside', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeVisible();
    await user.click(document.body);
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('downloads the filtered records as CSV, named after the filter and the day', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    const fileName = `cooperation-KHM-UKR-training-${localDay(new Date())}.csv`;
    // The files' code loads when a file is asked for (issue 14), so the download follows the click.
    await waitFor(() => expect(saved.map((file) => file.fileName)).toEqual([fileName]));
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    // The UTF-8 byte order mark (Blob.text() would silently drop it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await saved[0]!.blob.text();
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.ID)).toEqual(records.map((record) => record.id));
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${fileName}`);
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('downloads the filtered records as a JSON dataset that passes the validator', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));

    await waitFor(() =>
      expect(saved.map((file) => file.fileName)).toEqual([
        `cooperation-KHM-UKR-training-${localDay(new Date())}.json`,
      ]),
    );
    const json: unknown = JSON.parse(await saved[0]!.blob.text());
    const result = validateDataset(json);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.records.map((record) => record.id)).toEqual(records.map((record) => record.id));
    expect(result.dataset.$schema).toBe(new URL('api/v1/dataset.schema.json', document.baseURI).href);
    expect(result.dataset.meta.notes?.at(-1)).toContain(
      `View: ${new URL(viewSearch, window.location.href).href}`,
    );
  });

  it('copies a citation with the access date and the link to the view, and says so', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Citation copied');
    const copied = await navigator.clipboard.readText();
    expect(copied.startsWith(`${model.dataset.meta.citation} Accessed `)).toBe(true);
    expect(copied.endsWith(` View: ${new URL(viewSearch, window.location.href).href}`)).toBe(true);
    expect(screen.queryByRole('textbox', { name: 'Citation' })).not.toBeInTheDocument();
  });

  it('offers the citation selected in a read-only box when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));

    const box = await screen.findByRole('textbox', { name: 'Citation' });
    expect(box).toHaveAttribute('readonly');
    expect((box as HTMLTextAreaElement).value).toContain(model.dataset.meta.citation);
    await waitFor(() => expect(box).toHaveFocus());
    const textarea = box as HTMLTextAreaElement;
    expect(textarea.selectionStart).toBe(0);
    expect(textarea.selectionEnd).toBe(textarea.value.length);
    expect(screen.getByRole('status')).toHaveTextContent('The clipboard is not available here');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox', { name: 'Citation' })).not.toBeInTheDocument();
  });
});
