import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../src/data/selectors/actors';
import { fundingByActor, type FundingSide } from '../../src/data/selectors/funding';
import { buildModel, type DatasetModel } from '../../src/data/selectors/model';
import { countryName, organisationName } from '../../src/data/selectors/names';
import { FundingCard } from '../../src/features/charts/cards/FundingCard';
import { moneyText } from '../../src/i18n/money-text';
import { chartsFixture } from '../fixtures/charts-fixture';
import { moneyFixture } from '../fixtures/money-fixture';
import { bodyRows, columnHeaders, figure, i18n, renderCard, sampleModel, showTable } from './charts-support';

const TITLE = 'Funding by donor and recipient';

/** The rows the table must show for one currency, straight from the selector: sole sums and joint ones, largest first. */
function expectedRows(model: DatasetModel, side: FundingSide, by: ActorKind, currency: string): string[][] {
  const funding = fundingByActor(model, model.dataset.records, { side, by });
  const list = funding.currencies.find((entry) => entry.currency === currency);
  if (list === undefined) throw new Error(`no ${currency} amounts`);
  const name = (kind: ActorKind, id: string) =>
    kind === 'country' ? countryName(model, id) : organisationName(model, id);
  return [
    ...list.actors.map((actor) => ({ sum: actor, label: name(by, actor.id) })),
    ...list.joint.map((joint) => ({
      sum: joint,
      label: `Joint: ${new Intl.ListFormat('en-GB', { style: 'short' }).format(
        joint.partners.map((partner) => name(partner.kind, partner.id)),
      )}`,
    })),
  ]
    .sort((a, b) => b.sum.max - a.sum.max || b.sum.min - a.sum.min)
    .slice(0, 10)
    .map(({ sum, label }) => [
      label,
      moneyText(i18n, sum),
      sum.period === null ? '' : i18n.formatPeriod(sum.period.start, sum.period.end),
      i18n.formatNumber(sum.records),
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
      expect(columnHeaders(table)).toEqual(['Country', `Amount (${currency})`, 'Period', 'Records']);
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
    expect(columnHeaders(table)).toEqual([
      'Organisation',
      `Amount (${first!.currency})`,
      'Period',
      'Records',
    ]);
    expect(bodyRows(table)).toEqual(expectedRows(model, 'recipient', 'organisation', first!.currency));
  });

  it('shows disputed amounts as ranges, a shared amount once as a joint bar, and says what it leaves out', async () => {
    const model = buildModel(chartsFixture);
    const user = userEvent.setup();
    renderCard(FundingCard, model);
    const card = figure(TITLE);
    expect(
      within(card).getByText(
        /1 record has several donors and no split in its sources: its amount is shown once, as a joint bar, never in full for each\./,
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText(/1 partnership with a donor gives no amount\./)).toBeInTheDocument();
    expect(
      within(card).getByText(/1 record with an amount names no donor country and is not shown\./),
    ).toBeInTheDocument();

    await user.click(within(card).getByRole('radio', { name: 'Organisations' }));
    await user.click(within(card).getByRole('radio', { name: 'EUR (2 records)' }));
    const table = await showTable(card, user);
    // Neither donor of the three-donor fund gets its €3,000,000: it is one joint row, named by its partners.
    expect(bodyRows(table)).toEqual([
      [
        'Joint: Japan Overseas Cooperation Agency (JOCA) and Norwegian Development Fund (NDF)',
        '€3,000,000',
        'February 2024',
        '1',
      ],
      ['Global Clearance Alliance (GCA)', '€100,000–€120,000', '2024', '1'],
    ]);
    await user.click(within(card).getByRole('radio', { name: 'USD (2 records)' }));
    expect(bodyRows(table)).toEqual([
      [
        'Japan Overseas Cooperation Agency (JOCA)',
        'US$2,900,000–US$2,950,000',
        'April 2018 – 15 September 2021',
        '2',
      ],
    ]);
  });

  it('draws the US$700 million of six donors once, as a joint bar, and a lower bound as "at least"', async () => {
    const model = buildModel(moneyFixture);
    const user = userEvent.setup();
    renderCard(FundingCard, model);
    const card = figure(TITLE);
    const table = await showTable(card, user);
    const rows = bodyRows(table);
    // The United States alone (the worldwide programme, "more than US$78.5 million", and the grant to Ukraine)
    // is first; the six donors' allocation is one row, never US$700 million for each of them.
    expect(rows[0]).toEqual(['United States', 'at least US$2.057bn', i18n.formatPeriod('1993', '2024'), '2']);
    expect(rows[1]).toEqual([
      'Joint: Switzerland, Germany, United Kingdom, Japan, Norway and United States',
      'US$700,000,000',
      i18n.formatPeriod('2023-06', '2024'),
      '1',
    ]);
    expect(rows.filter((row) => row[1] === 'US$700,000,000')).toHaveLength(1);
  });
});
