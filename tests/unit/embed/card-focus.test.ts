import { describe, expect, it } from 'vitest';
import { checkCardCountries, readCardFocus } from '../../../src/embed/card-focus';
import { parseEmbed } from '../../../src/embed/embed-params';

describe('the countries of a card embed', () => {
  it('takes one code for a country card and two different codes for a pair, in any case', () => {
    expect(readCardFocus('country', 'KHM')).toEqual({ route: { name: 'country', country: 'KHM' } });
    expect(readCardFocus('pair', 'khm, ukr')).toEqual({
      route: { name: 'pair', countries: ['KHM', 'UKR'] },
    });
  });

  it('says what is wrong: no code, not a code, or the wrong number of codes', () => {
    expect(readCardFocus('country', null)).toEqual({ problem: 'missing', value: '' });
    expect(readCardFocus('pair', ' ')).toEqual({ problem: 'missing', value: '' });
    expect(readCardFocus('country', 'Cambodia')).toEqual({ problem: 'malformed', value: 'CAMBODIA' });
    expect(readCardFocus('pair', 'KHM,<b>')).toEqual({ problem: 'malformed', value: '<B>' });
    expect(readCardFocus('country', 'KHM,UKR')).toEqual({ problem: 'count', value: 'KHM,UKR' });
    expect(readCardFocus('pair', 'KHM')).toEqual({ problem: 'count', value: 'KHM' });
    expect(readCardFocus('pair', 'KHM,UKR,JPN')).toEqual({ problem: 'count', value: 'KHM,UKR,JPN' });
    expect(readCardFocus('pair', 'KHM,khm')).toEqual({ problem: 'count', value: 'KHM,khm' });
  });

  it('names the first code the dataset does not have', () => {
    const known = new Set(['KHM', 'UKR']);
    const has = (iso3: string) => known.has(iso3);
    expect(checkCardCountries(readCardFocus('pair', 'KHM,UKR'), has)).toEqual({
      route: { name: 'pair', countries: ['KHM', 'UKR'] },
    });
    expect(checkCardCountries(readCardFocus('pair', 'KHM,XYZ'), has)).toEqual({
      problem: 'unknown',
      value: 'XYZ',
    });
    expect(checkCardCountries(readCardFocus('country', ''), has)).toEqual({ problem: 'missing', value: '' });
  });
});

describe('card embed URLs', () => {
  it('read the countries from "c" alone and make them the view the footer links to', () => {
    const parsed = parseEmbed('?embed=pair&c=KHM,UKR&from=2023&id=card-1');
    expect(parsed.card).toEqual({ route: { name: 'pair', countries: ['KHM', 'UKR'] } });
    expect(parsed.view.route).toEqual({ name: 'pair', countries: ['KHM', 'UKR'] });
    expect(parsed.view.filter.yearFrom).toBe(2023);
    expect(parsed.options.embedId).toBe('card-1');
  });

  it('link a card whose countries are wrong to the explore view, whatever "view=" says', () => {
    const parsed = parseEmbed('?embed=pair&view=country&c=KHM');
    expect(parsed.card).toEqual({ problem: 'count', value: 'KHM' });
    expect(parsed.view.route).toEqual({ name: 'explore' });
  });

  it('leave map and chart embeds without a card', () => {
    expect(parseEmbed('?embed=map&c=KHM').card).toBeNull();
    expect(parseEmbed('?embed=chart&chart=themes').card).toBeNull();
  });
});
