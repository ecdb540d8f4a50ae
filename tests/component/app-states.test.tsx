import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { sampleDataset } from '../../mocks/datasets';
import { scenarios } from '../../mocks/handlers';
import { server } from '../../mocks/node';

function renderApp() {
  // No automatic retries: each test decides what the second request returns.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}

describe('the app and the states of the dataset request', () => {
  it('shows a skeleton while loading, then the dataset title and its records', async () => {
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');
    expect(
      await screen.findByRole('heading', { level: 1, name: sampleDataset.meta.title }),
    ).toBeInTheDocument();
    const total = sampleDataset.records.length;
    expect(screen.getByText(`${total} records match out of ${total}`)).toBeInTheDocument();
  });

  it('offers a Retry that works after a server error', async () => {
    server.use(scenarios['server-error']);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HTTP 503 Service Unavailable');

    server.use(scenarios.default);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: sampleDataset.meta.title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the problems of an invalid dataset', async () => {
    server.use(scenarios.invalid);
    renderApp();
    expect(
      await screen.findByRole('heading', { name: 'The dataset does not match the data contract' }),
    ).toBeInTheDocument();
    const firstRecordId = sampleDataset.records[0]!.id;
    expect(screen.getByText(`records › ${firstRecordId} › parties[0].organisation`)).toBeInTheDocument();
    expect(screen.getByText('unknown organisation "no-such-organisation"')).toBeInTheDocument();
    expect(screen.getByText('must be an absolute http or https URL')).toBeInTheDocument();
  });

  it('says so when the dataset has no records', async () => {
    server.use(scenarios.empty);
    renderApp();
    expect(
      await screen.findByRole('heading', { name: 'This dataset has no records yet' }),
    ).toBeInTheDocument();
  });
});
