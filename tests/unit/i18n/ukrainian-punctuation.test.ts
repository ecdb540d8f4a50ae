import { describe, expect, it } from 'vitest';
import { uk } from '../../../src/i18n/messages-uk';
import { createTranslator } from '../../../src/i18n/translator';

const ukrainian = createTranslator('uk', uk);

describe('Ukrainian sentences with a date', () => {
  // Ukrainian dates end in "р." (рік, year): "6 грудня 2026 р.". A sentence that closes with a full
  // stop after one reads "р..", as the footer did.
  const asOf = ukrainian.formatPartialDate('2026-12-06');

  it('a Ukrainian date does end in a full stop (why the messages below must not add one)', () => {
    expect(asOf).toBe('6 грудня 2026 р.');
  });

  const withDates = (Object.keys(uk) as (keyof typeof uk)[]).filter((key) => uk[key].includes('{asOf}'));

  it.each(withDates)('%s never doubles the full stop', (key) => {
    const text = ukrainian.t(key, {
      asOf,
      title: 'Mine Action Cooperation',
      publisher: 'Видавець',
      licence: 'CC BY 4.0',
      count: 3,
    });
    expect(text).toContain(asOf);
    expect(text).not.toMatch(/\.\s*\./);
  });

  it('covers the page footer, the embed footer and the brief', () => {
    expect(withDates).toEqual(
      expect.arrayContaining(['app.footer.dataset', 'embed.footer.source', 'briefing.dataset']),
    );
  });
});
