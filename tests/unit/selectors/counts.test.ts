import { describe, expect, it } from 'vitest';
import { countByType } from '../../../src/data/selectors/counts';
import { selectorFixture } from '../../fixtures/selector-fixture';

describe('countByType', () => {
  it('counts the records of each type', () => {
    expect(countByType(selectorFixture.records)).toEqual({ partnership: 3, training: 3, event: 1 });
  });

  it('reports zero for every type when there are no records', () => {
    expect(countByType([])).toEqual({ partnership: 0, training: 0, event: 0 });
  });
});
