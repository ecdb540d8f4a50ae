import { describe, expect, it } from 'vitest';
import { recordsPerTheme } from '../../../src/data/selectors/themes';
import { chartsFixture } from '../../fixtures/charts-fixture';

describe('recordsPerTheme', () => {
  it('counts a record in each of its themes, most records first, ties in vocabulary order', () => {
    expect(recordsPerTheme(chartsFixture.records)).toEqual({
      themes: [
        { theme: 'clearance', count: 3 },
        { theme: 'survey', count: 3 },
        { theme: 'capacity-building', count: 3 },
        { theme: 'risk-education', count: 2 },
        { theme: 'equipment', count: 2 },
        // The Kyiv conference lists policy-advocacy twice and counts once.
        { theme: 'policy-advocacy', count: 2 },
        { theme: 'information-management', count: 1 },
      ],
      withoutTheme: 1,
    });
  });

  it('is empty without records', () => {
    expect(recordsPerTheme([])).toEqual({ themes: [], withoutTheme: 0 });
  });
});
