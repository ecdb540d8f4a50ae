import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/data/selectors/model';
import { pairFunding } from '../../../src/data/selectors/pair-funding';
import { pairSummary } from '../../../src/data/selectors/pair-summary';
import { createTranslator } from '../../../src/i18n/translator';
import { moneyText } from '../../../src/i18n/money-text';
import {
  jointAllocation,
  moneyFixture,
  splitAllocation,
  ukraineGrant,
  worldProgramme,
} from '../../fixtures/money-fixture';
import { sampleDataset } from '../../../mocks/datasets';
import type { Dataset } from '../../../src/data/schema/dataset';

const model = buildModel(moneyFixture);
const i18n = createTranslator('en');

describe('the money between two countries', () => {
  it("counts a donor's sole grant to a sole recipient as the pair's own", () => {
    const [usaToUkr] = pairFunding(model, [ukraineGrant], 'USA', 'UKR');
    expect(usaToUkr).toMatchObject({ donor: 'USA', recipient: 'UKR' });
    expect(usaToUkr?.byCurrency[0]?.sole).toMatchObject({
      currency: 'USD',
      min: 1_978_500_000,
      atLeast: false,
    });
    expect(usaToUkr?.byCurrency[0]?.joint).toEqual([]);
  });

  it('keeps a programme for several countries joint, with its other recipients, and its lower bound', () => {
    const [usaToKhm] = pairFunding(model, [worldProgramme], 'USA', 'KHM');
    const [usd] = usaToKhm?.byCurrency ?? [];
    expect(usd?.soleRecords.count).toBe(0);
    expect(usd?.joint).toHaveLength(1);
    expect(usd?.joint[0]?.partners.map((partner) => partner.id)).toEqual(['LAO', 'UKR']);
    expect(usd?.joint[0]?.sum).toMatchObject({ min: 78_500_000, atLeast: true });
  });

  it("gives a donor only its stated part of a shared amount, and never six donors' money to one", () => {
    const [usaToUkr] = pairFunding(model, [splitAllocation], 'USA', 'UKR');
    expect(usaToUkr?.byCurrency[0]?.sole).toMatchObject({ min: 300_000_000, max: 300_000_000 });
    const [jpnToUkr] = pairFunding(model, [jointAllocation], 'JPN', 'UKR');
    expect(jpnToUkr?.byCurrency[0]?.soleRecords.count).toBe(0);
    expect(jpnToUkr?.byCurrency[0]?.joint[0]?.sum.min).toBe(700_000_000);
    expect(jpnToUkr?.byCurrency[0]?.joint[0]?.partners).toHaveLength(5);
  });

  it("finds Japan's funding of Cambodia in the shipped data, at least US$200m since 1994 and ¥1bn", () => {
    const shipped = buildModel(sampleDataset as Dataset);
    const summary = pairSummary(shipped, shipped.dataset.records, 'KHM', 'JPN');
    const [japan] = summary.funding;
    expect(summary.funding).toHaveLength(1);
    expect(japan).toMatchObject({ donor: 'JPN', recipient: 'KHM' });
    const byCurrency = new Map(japan?.byCurrency.map((total) => [total.currency, total]));
    const usd = byCurrency.get('USD');
    expect(usd?.sole.atLeast).toBe(true);
    expect(usd?.sole.period?.start).toBe('1994');
    // Rounded down, never up, because the 1994 total is a lower bound.
    expect(moneyText(i18n, usd!.sole)).toBe('at least US$200m');
    expect(byCurrency.get('JPY')?.sole.min).toBe(1_000_000_000);
    // Funding that gives no amount is counted apart, not as zero.
    expect(japan?.withoutAmount.count).toBeGreaterThan(0);
  });
});
