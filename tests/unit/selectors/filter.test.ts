import { describe, expect, it } from 'vitest';
import type { CooperationRecord } from '../../../src/data/schema/records';
import {
  EMPTY_FILTER,
  filterRecords,
  yearBounds,
  type RecordFilter,
} from '../../../src/data/selectors/filter';
import { buildModel } from '../../../src/data/selectors/model';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);

function ids(filter: Partial<RecordFilter>): string[] {
  return filterRecords(model, { ...EMPTY_FILTER, ...filter }).map((record) => record.id);
}

describe('filterRecords', () => {
  it('keeps every record, in dataset order, for the empty filter', () => {
    expect(filterRecords(model, EMPTY_FILTER)).toEqual(selectorFixture.records);
  });

  describe('countries', () => {
    it('matches a country taking part as a party', () => {
      expect(ids({ countries: ['NOR'] })).toEqual(['nor-funds-kharkiv-clearance']);
    });

    it('matches a country involved only through the place', () => {
      expect(ids({ countries: ['LAO'] })).toEqual([
        'khm-trains-lao-deminers-2019',
        'hanoi-regional-survey-workshop',
        'pakse-risk-education-course',
      ]);
    });

    it("matches a country involved only through a person or a person's organisation", () => {
      expect(ids({ countries: ['JPN'] })).toContain('hanoi-regional-survey-workshop');
      expect(ids({ countries: ['UKR'] })).toEqual([
        'nor-funds-kharkiv-clearance',
        'khm-trains-ukr-deminers-2023',
        'pakse-risk-education-course',
      ]);
    });

    it('matches any of several countries', () => {
      expect(ids({ countries: ['VNM', 'NOR'] })).toEqual([
        'hanoi-regional-survey-workshop',
        'nor-funds-kharkiv-clearance',
      ]);
    });

    it('matches nothing for a country no record involves', () => {
      expect(ids({ countries: ['FRA'] })).toEqual([]);
    });
  });

  describe('organisations', () => {
    it("matches parties' and people's organisations", () => {
      expect(ids({ organisations: ['ukr-emergency-demining-service'] })).toEqual([
        'khm-trains-ukr-deminers-2023',
        'pakse-risk-education-course',
      ]);
    });

    it('matches any of several organisations', () => {
      expect(ids({ organisations: ['global-clearance-alliance', 'un-mine-action-office'] })).toEqual([
        'hanoi-regional-survey-workshop',
        'nor-funds-kharkiv-clearance',
        'pakse-risk-education-course',
      ]);
    });
  });

  it('keeps the chosen types', () => {
    expect(ids({ types: ['training'] })).toEqual([
      'khm-trains-lao-deminers-2019',
      'khm-trains-ukr-deminers-2023',
      'pakse-risk-education-course',
    ]);
    expect(ids({ types: ['event', 'partnership'] })).not.toContain('pakse-risk-education-course');
    expect(ids({ types: ['event', 'partnership'] })).toHaveLength(4);
  });

  it('keeps records with any of the chosen themes', () => {
    expect(ids({ themes: ['survey'] })).toEqual([
      'jpn-funds-battambang-clearance',
      'hanoi-regional-survey-workshop',
    ]);
    expect(ids({ themes: ['survey', 'equipment'] })).toEqual([
      'jpn-funds-battambang-clearance',
      'hanoi-regional-survey-workshop',
      'khm-trains-ukr-deminers-2023',
      'jpn-detectors-for-tsdc',
    ]);
  });

  it('keeps the chosen confidence levels', () => {
    expect(ids({ confidence: ['disputed'] })).toEqual([
      'khm-trains-lao-deminers-2019',
      'jpn-detectors-for-tsdc',
    ]);
  });

  describe('years', () => {
    it('keeps records whose period overlaps the range, including one that only ends in it', () => {
      // Battambang runs 2018-04 to "2020"; the Lao training runs 2019-12-30 to 2020-01-10.
      expect(ids({ yearFrom: 2020, yearTo: 2020 })).toEqual([
        'jpn-funds-battambang-clearance',
        'khm-trains-lao-deminers-2019',
      ]);
    });

    it('keeps a record that starts on the last days of the range', () => {
      expect(ids({ yearFrom: 2019, yearTo: 2019 })).toEqual([
        'jpn-funds-battambang-clearance',
        'khm-trains-lao-deminers-2019',
        'hanoi-regional-survey-workshop',
      ]);
    });

    it('reads a period without an end as a single date at its start', () => {
      // The Kharkiv partnership starts 2022-05 with no end: it is not in 2024.
      expect(ids({ yearFrom: 2024, yearTo: null })).toEqual(['khm-trains-ukr-deminers-2023']);
      expect(ids({ yearFrom: 2022, yearTo: 2022 })).toEqual(['nor-funds-kharkiv-clearance']);
    });

    it('leaves an open end of the range unbounded', () => {
      expect(ids({ yearFrom: null, yearTo: 2018 })).toEqual(['jpn-funds-battambang-clearance']);
      expect(ids({ yearFrom: 2021, yearTo: null })).toEqual([
        'nor-funds-kharkiv-clearance',
        'khm-trains-ukr-deminers-2023',
        'pakse-risk-education-course',
        'jpn-detectors-for-tsdc',
      ]);
    });

    it('matches nothing for a range that ends before it starts', () => {
      // Battambang (2018-2020) would otherwise overlap both ends of 2020..2019.
      expect(ids({ yearFrom: 2020, yearTo: 2019 })).toEqual([]);
    });
  });

  describe('roles', () => {
    it('with no country or organisation chosen, keeps records where any party plays a chosen role', () => {
      expect(ids({ roles: ['hosting'] })).toEqual(['hanoi-regional-survey-workshop']);
      expect(ids({ roles: ['giving'] })).toEqual([
        'jpn-funds-battambang-clearance',
        'khm-trains-lao-deminers-2019',
        'nor-funds-kharkiv-clearance',
        'khm-trains-ukr-deminers-2023',
        'jpn-detectors-for-tsdc',
      ]);
    });

    it('applies to the chosen countries, by a party of the country or of its organisations', () => {
      expect(ids({ countries: ['KHM'], roles: ['giving'] })).toEqual([]);
      expect(ids({ countries: ['KHM'], roles: ['training'] })).toEqual([
        'khm-trains-lao-deminers-2019',
        'khm-trains-ukr-deminers-2023',
      ]);
      expect(ids({ countries: ['KHM'], roles: ['receiving', 'training'] })).toEqual([
        'jpn-funds-battambang-clearance',
        'khm-trains-lao-deminers-2019',
        'khm-trains-ukr-deminers-2023',
        'jpn-detectors-for-tsdc',
      ]);
    });

    it('does not count a country that takes part only through a person or the place', () => {
      // Japan is at the Hanoi workshop through an adviser, and gives nothing there.
      expect(ids({ countries: ['JPN'], roles: ['giving'] })).not.toContain('hanoi-regional-survey-workshop');
      expect(ids({ countries: ['LAO'], roles: ['hosting'] })).toEqual([]);
    });

    it('applies to the chosen organisations, and to either when both are chosen (which each still narrow the records)', () => {
      expect(ids({ organisations: ['global-clearance-alliance'], roles: ['training'] })).toEqual([
        'pakse-risk-education-course',
      ]);
      expect(
        ids({
          countries: ['NOR'],
          organisations: ['global-clearance-alliance'],
          roles: ['giving', 'training'],
        }),
      ).toEqual(['nor-funds-kharkiv-clearance']); // the Pakse course, where the alliance trains, does not involve Norway
      expect(
        ids({ countries: ['UKR'], organisations: ['ukr-emergency-demining-service'], roles: ['trained'] }),
      ).toEqual(['khm-trains-ukr-deminers-2023']);
    });
  });

  it('keeps records with an amount, alone and with a role', () => {
    expect(ids({ withAmount: true })).toEqual(['jpn-funds-battambang-clearance', 'jpn-detectors-for-tsdc']);
    expect(ids({ countries: ['JPN'], roles: ['giving'], withAmount: true })).toEqual([
      'jpn-funds-battambang-clearance',
      'jpn-detectors-for-tsdc',
    ]);
  });

  it('combines several fields with AND', () => {
    const filter = { countries: ['KHM'], types: ['training' as const], yearFrom: 2023, text: 'ukraine' };
    expect(ids(filter)).toEqual(['khm-trains-ukr-deminers-2023', 'pakse-risk-education-course']);
    expect(ids({ ...filter, confidence: ['confirmed'] })).toEqual(['khm-trains-ukr-deminers-2023']);
  });
});

describe('yearBounds', () => {
  it('spans the earliest start year to the latest end year', () => {
    expect(yearBounds(selectorFixture.records)).toEqual({ min: 2018, max: 2024 });
  });

  it('reads an open period as its start year', () => {
    const open = selectorFixture.records.filter((record) => record.id === 'nor-funds-kharkiv-clearance');
    expect(yearBounds(open)).toEqual({ min: 2022, max: 2022 });
  });

  it('is null without records', () => {
    expect(yearBounds([])).toBeNull();
  });

  it('handles many records without running out of stack', () => {
    const first = selectorFixture.records[0] as CooperationRecord;
    const many = Array.from({ length: 200_000 }, () => first);
    expect(yearBounds(many)).toEqual({ min: 2018, max: 2020 });
  });
});
