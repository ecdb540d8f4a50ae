import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fundingGiven, fundingReceived } from '../../src/data/selectors/country-funding';
import { buildModel } from '../../src/data/selectors/model';
import { CountryFunding } from '../../src/features/briefing/CountryFunding';
import { createTranslator } from '../../src/i18n/translator';
import { jointAllocation, moneyFixture, ukraineGrant, worldProgramme } from '../fixtures/money-fixture';

const model = buildModel(moneyFixture);
const records = [jointAllocation, worldProgramme, ukraineGrant];
const { formatPeriod } = createTranslator('en');

function showFunding(iso3: string) {
  render(
    <CountryFunding
      model={model}
      iso3={iso3}
      given={fundingGiven(model, records, iso3)}
      received={fundingReceived(model, records, iso3)}
    />,
  );
  return screen.getByRole('region', { name: 'Funding where amounts are known' });
}

describe('a country brief’s funding', () => {
  it('gives the United States what it gave alone, as a lower bound with its period, and the joint allocation once', () => {
    const funding = showFunding('USA');
    const items = within(funding)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items[0]).toBe(`at least US$2.057bn (${formatPeriod('1993', '2024')}) in 2 partnerships`);
    expect(items[1]).toBe(
      'Jointly with Switzerland, Germany, United Kingdom, Japan and Norway, counted once: ' +
        `US$700,000,000 (${formatPeriod('2023-06', '2024')}) in 1 partnership`,
    );
    expect(funding).not.toHaveTextContent('US$2,757');
  });

  it('never gives one recipient a worldwide programme', () => {
    const funding = showFunding('UKR');
    expect(funding).toHaveTextContent('US$2,678,500,000');
    expect(funding).toHaveTextContent(
      /Jointly with Cambodia and Lao People's Democratic Republic, counted once: at least US\$78\.5m/,
    );
  });
});
