import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema/dataset';
import { ROLE_GROUP_NAMES, topActors } from '../../../src/data/selectors/activity';
import { EMPTY_FILTER, filterRecords, type RecordFilter } from '../../../src/data/selectors/filter';
import { buildModel } from '../../../src/data/selectors/model';
import { recordsPerTheme } from '../../../src/data/selectors/themes';
import { activityBarFilter, themeBarFilter } from '../../../src/features/charts/bar-filters';

// The shipped dataset: the numbers a reader sees.
const dataset = JSON.parse(readFileSync('mocks/data/dataset.json', 'utf8')) as Dataset;
const model = buildModel(dataset);

// Views a reader might draw the charts under: no filter, and filters a bar's filter must keep.
const BASES: RecordFilter[] = [
  EMPTY_FILTER,
  { ...EMPTY_FILTER, types: ['partnership'] },
  { ...EMPTY_FILTER, yearFrom: 2020, yearTo: 2024 },
  { ...EMPTY_FILTER, withAmount: true },
  { ...EMPTY_FILTER, themes: ['clearance'] },
];

describe('a bar opens exactly the records it counts', () => {
  it('on the activity chart, for every role group, countries and organisations', () => {
    let checked = 0;
    for (const base of BASES) {
      const records = filterRecords(model, base);
      for (const group of ROLE_GROUP_NAMES) {
        for (const by of ['country', 'organisation'] as const) {
          for (const actor of topActors(model, records, { by, group })) {
            const filter = activityBarFilter(base, by, group, actor.id);
            expect(filter).not.toBeNull();
            expect(filterRecords(model, filter!).length, `${group} ${by} ${actor.id}`).toBe(actor.count);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('with the role and the chosen country in the filter: Japan giving', () => {
    expect(activityBarFilter(EMPTY_FILTER, 'country', 'giving', 'JPN')).toEqual({
      ...EMPTY_FILTER,
      countries: ['JPN'],
      roles: ['giving'],
    });
    expect(activityBarFilter(EMPTY_FILTER, 'organisation', 'receiving', 'cmac')).toEqual({
      ...EMPTY_FILTER,
      organisations: ['cmac'],
      roles: ['receiving', 'trained'],
    });
  });

  it('on the themes chart, for every theme', () => {
    for (const base of BASES) {
      const records = filterRecords(model, base);
      for (const { theme, count } of recordsPerTheme(records).themes) {
        const filter = themeBarFilter(base, theme);
        // A base that chose another theme cannot be narrowed to this one (see below).
        if (base.themes.length > 0 && !base.themes.includes(theme)) continue;
        expect(filterRecords(model, filter!).length, theme).toBe(count);
      }
    }
  });

  it('offers nothing where the filter cannot say the bar exactly', () => {
    const withCountry = { ...EMPTY_FILTER, countries: ['UKR'] };
    // "Japan gives, in records involving Ukraine" is not a filter the URL can hold.
    expect(activityBarFilter(withCountry, 'country', 'giving', 'JPN')).toBeNull();
    expect(activityBarFilter({ ...EMPTY_FILTER, roles: ['hosting'] }, 'country', 'giving', 'JPN')).toBeNull();
    // Under "clearance", the survey bar counts records with both; the filter "survey" would add others.
    expect(themeBarFilter({ ...EMPTY_FILTER, themes: ['clearance'] }, 'survey')).toBeNull();
  });
});
