import { describe, expect, it } from 'vitest';
import { involvedCountryNames } from '../../../src/data/selectors/involved-countries';
import { buildModel } from '../../../src/data/selectors/model';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);
const collator = new Intl.Collator('en');

describe('involvedCountryNames', () => {
  it("names the countries of parties, people and the place, alphabetically, without the UN office's missing country", () => {
    const hanoi = model.recordsById.get('hanoi-regional-survey-workshop')!;
    expect(involvedCountryNames(model, hanoi, collator)).toEqual([
      'Cambodia',
      'Japan', // through a person only
      "Lao People's Democratic Republic",
      'Viet Nam',
    ]);
  });

  it('names each country once', () => {
    const detectors = model.recordsById.get('jpn-detectors-for-tsdc')!;
    expect(involvedCountryNames(model, detectors, collator)).toEqual(['Cambodia', 'Japan']);
  });
});
