import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDataset } from '../../mocks/datasets';
import { App } from '../../src/app/App';
import { ImportProblemList } from '../../src/app/local-data/ImportProblemList';
import { MAX_IMPORT_CHARS } from '../../src/data/import/types';
import { PrintHeader } from '../../src/features/briefing/PrintHeader';

function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}

/** The bundled dataset under another title, with its first record renamed: what a reader might open. */
function ownDatasetFile(): File {
  const [first, ...rest] = sampleDataset.records;
  const dataset = {
    ...sampleDataset,
    meta: { ...sampleDataset.meta, title: 'Our field office’s records' },
    records: [{ ...first!, title: 'A record only our file has' }, ...rest],
  };
  return new File([JSON.stringify(dataset)], 'our-records.json', { type: 'application/json' });
}

async function openDialog() {
  await screen.findByRole('heading', { level: 1, name: sampleDataset.meta.title });
  await userEvent.click(screen.getByRole('button', { name: 'Open a data file' }));
  return screen.getByRole('dialog', { name: 'Open a data file' });
}

// The importer's code loads on demand at the first file (jsdom has no worker): give it time.
const IMPORTED = { timeout: 10_000 };

afterEach(() => window.history.replaceState(null, '', '/'));

describe('opening a data file', () => {
  it('shows the file in place of the published dataset, says so in a banner and in the URL', async () => {
    // The view (here the table and a search) is kept across the change of data.
    renderApp('?tab=table&q=only+our+file');
    const dialog = await openDialog();
    await userEvent.upload(within(dialog).getByLabelText('Choose a file (XML or JSON)'), ownDatasetFile());

    const banner = await screen.findByRole(
      'region',
      { name: 'Showing a file opened on this computer: our-records.json' },
      IMPORTED,
    );
    const total = sampleDataset.records.length;
    expect(within(banner).getByRole('status')).toHaveTextContent(`${total} records taken; nothing left out.`);
    // The importer writes the dataset's title (it may keep the file's or name the import), not the page.
    expect(
      screen.queryByRole('heading', { level: 1, name: sampleDataset.meta.title }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('data')).toBe('local');
    const table = await screen.findByRole('table');
    expect(within(table).getByText('A record only our file has')).toBeInTheDocument();
  });

  it('goes back to the published dataset and drops the mark from the URL', async () => {
    renderApp();
    const dialog = await openDialog();
    await userEvent.upload(within(dialog).getByLabelText('Choose a file (XML or JSON)'), ownDatasetFile());
    const banner = await screen.findByRole(
      'region',
      { name: /Showing a file opened on this computer/ },
      IMPORTED,
    );

    await userEvent.click(within(banner).getByRole('button', { name: 'Back to the published dataset' }));
    expect(screen.queryByRole('region', { name: /Showing a file opened/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: sampleDataset.meta.title })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).has('data')).toBe(false);
  });

  it('opens a file dropped on the drop zone', async () => {
    renderApp();
    const dialog = await openDialog();
    const input = within(dialog).getByLabelText('Choose a file (XML or JSON)');
    // The drop zone is the box around the file input.
    // eslint-disable-next-line testing-library/no-node-access
    fireEvent.drop(input.parentElement!, { dataTransfer: { files: [ownDatasetFile()] } });
    expect(
      await screen.findByRole(
        'region',
        { name: 'Showing a file opened on this computer: our-records.json' },
        IMPORTED,
      ),
    ).toBeInTheDocument();
  });

  it('lists the problems of a broken file and keeps the published data on screen', async () => {
    renderApp();
    const dialog = await openDialog();
    const broken = new File(['{"schemaVersion": "1.0", "meta": '], 'broken.json', {
      type: 'application/json',
    });
    await userEvent.upload(within(dialog).getByLabelText('Choose a file (XML or JSON)'), broken);

    const alert = await within(dialog).findByRole(
      'alert',
      { name: 'The file could not be opened' },
      IMPORTED,
    );
    const problems = within(alert).getAllByRole('listitem');
    expect(problems[0]).toHaveTextContent(/^broken\.json/);
    expect(alert).toHaveTextContent('Nothing has changed');
    expect(
      screen.getByRole('heading', { level: 1, name: sampleDataset.meta.title, hidden: true }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Showing a file opened/ })).not.toBeInTheDocument();
  });

  it('refuses a file over the size limit before reading it', async () => {
    renderApp();
    const dialog = await openDialog();
    const huge = new File(['{}'], 'huge.xml', { type: 'application/xml' });
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_CHARS + 1 });
    await userEvent.upload(within(dialog).getByLabelText('Choose a file (XML or JSON)'), huge);

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“huge.xml” is 100 MB; the largest file the dashboard can open is 100 MB.',
    );
  });

  it('says that a link made with a local file shows the published dataset', async () => {
    renderApp('?data=local&tab=table');
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(
      'This link was made with a data file opened locally, which links cannot carry; showing the published dataset.',
    );
    expect(window.location.search).toBe('?tab=table');
  });
});

describe('the list of import problems', () => {
  it('says where each problem is as the command line does: file, item, path, line, message', () => {
    render(
      <ImportProblemList
        problems={[
          {
            file: 'activities.xml',
            item: 'XM-DAC-41114-PROJECT-00098765',
            path: 'iati-activity[3]/transaction[2]/value',
            line: 412,
            message: 'the value is not a number: "1O00"',
          },
          { file: 'flows.json', message: 'is not valid JSON' },
        ]}
      />,
    );
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent(
      'activities.xml › item XM-DAC-41114-PROJECT-00098765 › iati-activity[3]/transaction[2]/value › line 412',
    );
    expect(first).toHaveTextContent('the value is not a number: "1O00"');
    expect(second).toHaveTextContent(/^flows\.jsonis not valid JSON$/);
  });

  it('renders markup in a message as text, never as HTML', () => {
    render(<ImportProblemList problems={[{ file: 'x.xml', message: '<img src=x onerror=alert(1)>' }]} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('a printed brief of a locally opened file', () => {
  const note = 'Made from a data file opened locally: the link shows the published dataset, not this file.';

  it('says under its link that the link shows the published dataset', () => {
    render(<PrintHeader permalink="https://example.org/?view=country&c=KHM&data=local" />);
    expect(screen.getByText(note)).toBeInTheDocument();
  });

  it('says nothing of the kind for the published dataset', () => {
    render(<PrintHeader permalink="https://example.org/?view=country&c=KHM" />);
    expect(screen.queryByText(note)).not.toBeInTheDocument();
  });
});
