import { describe, expect, it } from 'vitest';
import { km } from '../../../src/i18n/messages-km';
import { uk } from '../../../src/i18n/messages-uk';
import { periodEnds } from '../../../src/i18n/period-ends';
import { createTranslator } from '../../../src/i18n/translator';

describe('periodEnds', () => {
  it('shows a precise end inside a vague start at most one step finer', () => {
    expect(periodEnds('2023', '2023-06-09')).toEqual({ start: '2023', end: '2023-06' });
    expect(periodEnds('2024', '2024-09')).toEqual({ start: '2024', end: '2024-09' });
    expect(periodEnds('2017-07', '2017-07-29')).toEqual({ start: '2017-07', end: '2017-07-29' });
  });

  it('does the same for a precise start inside a vague end', () => {
    expect(periodEnds('2023-06-09', '2023')).toEqual({ start: '2023-06', end: '2023' });
  });

  it('keeps ends that lie apart as the sources wrote them', () => {
    expect(periodEnds('2018-03-09', '2021')).toEqual({ start: '2018-03-09', end: '2021' });
    expect(periodEnds('2024-10', '2027')).toEqual({ start: '2024-10', end: '2027' });
    expect(periodEnds('2023-01-16', '2023-01-20')).toEqual({ start: '2023-01-16', end: '2023-01-20' });
  });

  it('makes one date of ends that are the same', () => {
    expect(periodEnds('2023')).toEqual({ start: '2023' });
    expect(periodEnds('2023-06', '2023-06')).toEqual({ start: '2023-06' });
  });
});

describe('formatPeriod reads naturally', () => {
  it('in English: "2023 – June 2023", not "2023 – 9 June 2023"', () => {
    const english = createTranslator('en');
    expect(english.formatPeriod('2023', '2023-06-09')).toBe('2023 – June 2023');
    expect(english.formatPeriod('2018-03-09', '2021')).toBe('9 March 2018 – 2021');
    expect(english.formatPeriod('2023-01-16', '2023-01-20')).toMatch(/^16\s?–\s?20 January 2023$/);
  });

  it('in Khmer and Ukrainian too, with no day in the end', () => {
    expect(createTranslator('km', km).formatPeriod('2023', '2023-06-09')).toBe('២០២៣ – មិថុនា ២០២៣');
    expect(createTranslator('uk', uk).formatPeriod('2023', '2023-06-09')).toBe('2023 – червень 2023 р.');
  });
});
