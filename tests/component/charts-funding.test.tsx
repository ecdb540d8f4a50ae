import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../src/data/selectors/actors';
import { fundingByActor, type FundingSide } from '../../src/data/selectors/funding';
import { buildModel, type DatasetModel } from '../../src/data/selectors/model';
import { countryName, organisationName } from '../../src/data/selectors/names';
import { FundingCard } from '../../src/features/charts/cards/FundingCard';
import { chartsFixture } from '../fixtures/charts-fixture';
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

const TITLE = 'Funding by donor and recipient';

/** The rows the table must show for one currency, straight from the selector. */
function expectedRows(model: DatasetModel, side: FundingSide, by: ActorKind, currency: string): string[][] {
  const funding = fundingByActor(model, model.dataset.records, { side, by });
  const list = funding.currencies.find((entry) => entry.currency === currency);
  if (list === undefined) throw new Error(`no ${currency} amounts`);
  return list.actors
    .slice(0, 10)
    .map((actor) => [
      by === 'country' ? countryName(model, actor.id) : organisationName(model, actor.id),
      rangeText(actor.min, actor.max, (value) => i18n.formatCurrency(value, currency)),
      i18n.formatNumber(actor.records),
    ]);
}

describe('funding by donor and recipient', { timeout: 30_000 }, () => {
  it('offers one currency at a time and tabulates each as fundingByActor sums it', async () => {
    const model = sampleModel();
    const user = userEvent.setup();
    renderCard(FundingCard, model);
    const card = figure(TITLE);
    expect(
      within(card).getByText(/amounts in different currencies are never added together/),
    ).toBeInTheDocument();

    const { currencies } = fundingByActor(model, model.dataset.records, { side: 'donor', by: 'country' });
    expect(currencies.length).toBeGreaterThan(1);
    const currencyGroup = within(card).getByRole('group', { name: 'Currency' });
    expect(
      within(currencyGroup)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(currencies.map((entry) => entry.currency));
    expect(within(currencyGroup).getByRole('radio', { checked: true })).toHaveAttribute(
      'value',
      currencies[0]!.currency,
    );

    const table = await showTable(card, user);
    for (const { currency, records } of currencies) {
      const label = `${currency} (${records} ${records === 1 ? 'record' : 'records'})`;
      await user.click(within(currencyGroup).getByRole('radio', { name: label }));
      expect(columnHeaders(table)).toEqual(['Country', `Amount (${currency})`, 'Records']);
      expect(bodyRows(table)).toEqual(expectedRows(model, 'donor', 'country', currency));
    }
  });

  it('turns to recipients and organisations', async () => {
    const model = sampleModel();
    const user = userEvent.setup();
    renderCard(FundingCard, model);
    const card = figure(TITLE);
    await user.click(within(card).getByRole('radio', { name: 'Recipients' }));
    await user.click(within(card).getByRole('radio', { name: 'Organisations' }));
    const table = await showTable(card, user);
    const [first] = fundingByActor(model, model.dataset.records, {
      side: 'recipient',
      by: 'organisation',
    }).currencies;
    expect(columnHeaders(table)).toEqual(['Organisation', `Amount (${first!.currency})`, 'Records']);
    expect(bodyRows(table)).toEqual(expectedRows(model, 'recipient', 'organisation', first!.currency));
  });

  it('shows disputed amounts as ranges and says what it leaves out or counts twice', async () => {
    const model = buildModel(chartsFixture);
    const user = userEvent.setup();
    renderCard(FundingCard, model);
    const card = figure(TITLE);
    expect(
      within(card).getByText(/1 record has several donors and counts in full for each of them\./),
    ).toBeInTheDocument();
    expect(within(card).getByText(/1 partnership with a donor gives no amount\./)).toBeInTheDocument();
    expect(
      within(card).getByText(/1 record with an amount names no donor country and is not shown\./),
    ).toBeInTheDocument();

    await user.click(within(card).getByRole('radio', { name: 'Organisations' }));
    await user.click(within(card).getByRole('radio', { name: 'EUR (2 records)' }));
    const table = await showTable(card, user);
    expect(bodyRows(table)).toEqual([
      ['Japan Overseas Cooperation Agency (JOCA)', '€3,000,000', '1'],
      ['Norwegian Development Fund (NDF)', '€3,000,000', '1'],
      ['Global Clearance Alliance (GCA)', '€100,000–€120,000', '1'],
    ]);
    await user.click(within(card).getByRole('radio', { name: 'USD (2 records)' }));
    expect(bodyRows(table)).toEqual([
      ['Japan Overseas Cooperation Agency (JOCA)', 'US$2,900,000–US$2,950,000', '2'],
    ]);
  });
});
