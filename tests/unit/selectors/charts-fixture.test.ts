import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/schema/validate';
import { chartsFixture } from '../../fixtures/charts-fixture';

describe('the charts fixture', () => {
  it('meets the data contract, so the selector tests read data the app could load', () => {
    expect(validateDataset(chartsFixture)).toEqual({ ok: true, dataset: chartsFixture });
  });
});
