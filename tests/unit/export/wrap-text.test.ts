import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/components/chart-image/wrap-text';

describe('wrapText', () => {
  it('keeps a short line whole', () => {
    expect(wrapText('Records per year', 600, 18)).toEqual(['Records per year']);
  });

  it('breaks a long line at spaces, each line within the estimated width, no word lost', () => {
    const text =
      'Source: Mine action cooperation: sample dataset, as of November 2026; 23 records under the current filters.';
    const lines = wrapText(text, 300, 12);
    expect(lines.length).toBeGreaterThan(1);
    const maxChars = Math.floor(300 / (12 * 0.56));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(maxChars);
    expect(lines.join(' ')).toBe(text);
  });

  it('gives nothing for blank text', () => {
    expect(wrapText('   ', 300, 12)).toEqual([]);
  });
});
