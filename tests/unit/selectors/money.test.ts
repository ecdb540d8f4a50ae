import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/schema/validate';
import { fundingGiven, fundingReceived } from '../../../src/data/selectors/country-funding';
import { fundingByActor } from '../../../src/data/selectors/funding';
import { buildModel } from '../../../src/data/selectors/model';
import { createTranslator } from '../../../src/i18n/translator';
import { moneyText } from '../../../src/i18n/money-text';
import { uk } from '../../../src/i18n/messages-uk';
import {
  jointAllocation,
  mineActionShare,
  moneyFixture,
  roundedAmount,
  splitAllocation,
  ukraineGrant,
  worldProgramme,
} from '../../fixtures/money-fixture';

const model = buildModel(moneyFixture);
const i18n = createTranslator('en');
const SIX = ['CHE', 'DEU', 'GBR', 'JPN', 'NOR', 'USA'];

describe('money that never overstates', () => {
  it('is a valid dataset', () => {
    const dataset = { ...moneyFixture, records: [...moneyFixture.records, splitAllocation] };
    expect(validateDataset(dataset)).toEqual({ ok: true, dataset });
  });

  it('never gives a donor a joint amount in full: the US$700m of six donors appears once, as joint', () => {
    const [usd] = fundingByActor(model, [jointAllocation], { side: 'donor', by: 'country' }).currencies;
    expect(usd?.actors).toEqual([]);
    expect(usd?.joint).toHaveLength(1);
    expect(usd?.joint[0]?.partners.map((partner) => partner.id)).toEqual(SIX);
    expect(usd?.joint[0]).toMatchObject({ min: 700_000_000, max: 700_000_000, records: 1 });
    expect(usd?.joint[0]?.recordIds).toEqual(['six-donor-allocation']);
    // The one recipient received it all.
    const [received] = fundingByActor(model, [jointAllocation], {
      side: 'recipient',
      by: 'country',
    }).currencies;
    expect(received?.actors).toMatchObject([{ id: 'UKR', min: 700_000_000 }]);
    expect(received?.joint).toEqual([]);
  });

  it('gives each donor exactly its stated part, and only the remainder is joint', () => {
    const [usd] = fundingByActor(model, [splitAllocation], { side: 'donor', by: 'country' }).currencies;
    expect(usd?.actors.map(({ id, min, max }) => ({ id, min, max }))).toEqual([
      { id: 'USA', min: 300_000_000, max: 300_000_000 },
      { id: 'CHE', min: 100_000_000, max: 100_000_000 },
      { id: 'NOR', min: 50_000_000, max: 50_000_000 },
    ]);
    expect(usd?.joint.map(({ min, max }) => ({ min, max }))).toEqual([
      { min: 250_000_000, max: 250_000_000 },
    ]);
    for (const actor of usd?.actors ?? []) expect(actor.max).toBeLessThan(700_000_000);
  });

  it('keeps a worldwide programme from any one recipient, and keeps its lower bound through sums', () => {
    const records = [worldProgramme, ukraineGrant];
    const [usd] = fundingByActor(model, records, { side: 'recipient', by: 'country' }).currencies;
    expect(usd?.actors.map(({ id, min, atLeast }) => ({ id, min, atLeast }))).toEqual([
      { id: 'UKR', min: 1_978_500_000, atLeast: false },
    ]);
    expect(usd?.joint[0]).toMatchObject({ min: 78_500_000, atLeast: true });
    expect(usd?.joint[0]?.partners.map((partner) => partner.id)).toEqual(['KHM', 'LAO', 'UKR']);

    const [given] = fundingByActor(model, records, { side: 'donor', by: 'country' }).currencies;
    const usa = given?.actors[0];
    expect(usa).toMatchObject({ id: 'USA', min: 2_057_000_000, atLeast: true, records: 2 });
    // The period runs from the earliest start to the latest end of the records summed.
    expect(usa?.period).toEqual({ start: '1993', end: '2024' });
    expect(moneyText(i18n, usa!)).toBe('at least US$2.057bn');
  });

  it('never adds currencies together, and counts a mine-action share as the share', () => {
    const funding = fundingByActor(model, [ukraineGrant, mineActionShare, roundedAmount], {
      side: 'donor',
      by: 'country',
    });
    expect(funding.currencies.map((entry) => entry.currency).sort()).toEqual(['EUR', 'NOK', 'USD']);
    const eur = funding.currencies.find((entry) => entry.currency === 'EUR');
    expect(eur?.actors).toMatchObject([{ id: 'NOR', min: 4_800_000, max: 4_800_000, shares: 1 }]);
    const nok = funding.currencies.find((entry) => entry.currency === 'NOK');
    expect(nok?.actors).toMatchObject([{ id: 'NOR', min: 30_000_000, about: true }]);
    expect(moneyText(i18n, nok!.actors[0]!)).toMatch(/^about NOK\s30m$/);
  });

  it('states the period of a sum, with partial dates compared as the span they cover', () => {
    const [usd] = fundingByActor(model, [jointAllocation, ukraineGrant], {
      side: 'recipient',
      by: 'country',
    }).currencies;
    expect(usd?.actors[0]?.period).toEqual({ start: '2022-03', end: '2024' });
  });
});

describe('country funding for briefs', () => {
  it('gives a donor country its own money and lists the joint amount once with its partners', () => {
    const given = fundingGiven(model, [jointAllocation, worldProgramme, ukraineGrant], 'USA');
    const [usd] = given.byCurrency;
    expect(usd?.sum).toMatchObject({
      min: 2_057_000_000,
      atLeast: true,
      period: { start: '1993', end: '2024' },
    });
    expect(usd?.own.recordIds).toEqual(['usa-worldwide-programme', 'usa-ukraine-grant']);
    expect(usd?.joint).toHaveLength(1);
    expect(usd?.joint[0]?.sum.min).toBe(700_000_000);
    expect(usd?.joint[0]?.partners.map((partner) => partner.id)).toEqual(SIX);
    expect(usd?.count).toBe(3);
  });

  it('counts for a recipient only what it received alone', () => {
    const received = fundingReceived(model, [jointAllocation, worldProgramme, ukraineGrant], 'UKR');
    const [usd] = received.byCurrency;
    expect(usd?.sum).toMatchObject({ min: 2_678_500_000, max: 2_678_500_000, atLeast: false });
    expect(moneyText(i18n, usd!.sum)).toBe('US$2,678,500,000');
    expect(usd?.joint.map((joint) => joint.recordIds)).toEqual([['usa-worldwide-programme']]);
    expect(usd?.joint[0]?.sum.atLeast).toBe(true);
  });
});

describe('moneyText', () => {
  it('writes lower bounds, rounded figures and disputed ranges in words, never rounding a lower bound up', () => {
    expect(
      moneyText(i18n, { currency: 'USD', min: 78_500_000, max: 78_500_000, atLeast: true, unit: 100_000 }),
    ).toBe('at least US$78.5m');
    expect(
      moneyText(i18n, { currency: 'USD', min: 78_590_000, max: 78_590_000, atLeast: true, unit: 100_000 }),
    ).toBe('at least US$78.5m');
    expect(
      moneyText(
        i18n,
        { currency: 'USD', min: 78_999_999, max: 78_999_999, atLeast: true },
        { compact: true },
      ),
    ).toBe('at least US$78.9m');
    expect(moneyText(i18n, { currency: 'EUR', min: 100_000, max: 120_000 })).toBe('€100,000–€120,000');
    expect(moneyText(i18n, { currency: 'USD', min: 1_978_500_000, max: 1_978_500_000 })).toBe(
      'US$1,978,500,000',
    );
    expect(moneyText(createTranslator('uk', uk), { currency: 'USD', min: 5, max: 5, about: true })).toMatch(
      /^близько /,
    );
  });
});
