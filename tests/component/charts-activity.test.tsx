import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { topActors } from '../../src/data/selectors/activity';
import { countryName, organisationName } from '../../src/data/selectors/names';
import { ActivityCard } from '../../src/features/charts/cards/ActivityCard';
import { bodyRows, columnHeaders, figure, i18n, renderCard, sampleModel, showTable } from './charts-support';

const model = sampleModel();
const records = model.dataset.records;
const TITLE = 'Most active countries and organisations by role';

describe('the most active countries and organisations', { timeout: 20_000 }, () => {
  it('starts with the ten countries that give most often, as topActors ranks them', async () => {
    renderCard(ActivityCard, model);
    const card = figure(TITLE);
    const ranked = topActors(model, records, { by: 'country', group: 'giving' });
    expect(ranked.length).toBeGreaterThan(10);
    expect(
      within(card).getByText(new RegExp(`Showing the 10 largest of ${ranked.length}\\.`)),
    ).toBeInTheDocument();
    const table = await showTable(card, userEvent.setup());
    expect(columnHeaders(table)).toEqual(['Country', 'Records']);
    expect(bodyRows(table)).toEqual(
      ranked.slice(0, 10).map((actor) => [countryName(model, actor.id), i18n.formatNumber(actor.count)]),
    );
  });

  it('switches role group and countries/organisations with radio buttons', async () => {
    const user = userEvent.setup();
    renderCard(ActivityCard, model);
    const card = figure(TITLE);
    const role = within(card).getByRole('group', { name: 'Role' });
    expect(within(role).getByRole('radio', { name: 'Giving' })).toBeChecked();
    await user.click(within(role).getByRole('radio', { name: 'Receiving' }));
    await user.click(within(card).getByRole('radio', { name: 'Organisations' }));
    expect(within(card).getByText(/receives \(as recipient or trainee\)/)).toBeInTheDocument();

    const table = await showTable(card, user);
    expect(columnHeaders(table)).toEqual(['Organisation', 'Records']);
    const expected = topActors(model, records, { by: 'organisation', group: 'receiving' })
      .slice(0, 10)
      .map((actor) => [organisationName(model, actor.id), i18n.formatNumber(actor.count)]);
    expect(expected.length).toBeGreaterThan(0);
    expect(bodyRows(table)).toEqual(expected);

    // The table stays open and follows the next choice.
    await user.click(within(role).getByRole('radio', { name: 'Hosting' }));
    expect(bodyRows(within(card).getByRole('table'))).toEqual(
      topActors(model, records, { by: 'organisation', group: 'hosting' })
        .slice(0, 10)
        .map((actor) => [organisationName(model, actor.id), i18n.formatNumber(actor.count)]),
    );
  });

  it('moves between role groups with the arrow keys, as a radio group does', async () => {
    const user = userEvent.setup();
    renderCard(ActivityCard, model);
    const role = within(figure(TITLE)).getByRole('group', { name: 'Role' });
    await user.click(within(role).getByRole('radio', { name: 'Giving' }));
    await user.keyboard('{ArrowRight}');
    expect(within(role).getByRole('radio', { name: 'Receiving' })).toBeChecked();
  });
});
