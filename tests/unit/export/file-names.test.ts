import { describe, expect, it } from 'vitest';
import {
  chartFileName,
  fileSlug,
  filterSubject,
  localDay,
  recordsFileName,
} from '../../../src/data/export/file-names';
import { EMPTY_FILTER, type RecordFilter } from '../../../src/data/selectors/filter';

// Local time on purpose: the file is named after the reader's calendar day.
const day = new Date(2026, 10, 28, 0, 30);
const filter = (change: Partial<RecordFilter>): RecordFilter => ({ ...EMPTY_FILTER, ...change });

describe('localDay', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(localDay(day)).toBe('2026-11-28');
    expect(localDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('recordsFileName', () => {
  it('says "records" when nothing is filtered', () => {
    expect(recordsFileName(EMPTY_FILTER, day, 'csv')).toBe('cooperation-records-2026-11-28.csv');
  });

  it('names a short filter by its values', () => {
    expect(recordsFileName(filter({ countries: ['KHM', 'UKR'] }), day, 'csv')).toBe(
      'cooperation-KHM-UKR-2026-11-28.csv',
    );
    expect(recordsFileName(filter({ types: ['training'], yearFrom: 2023, yearTo: 2023 }), day, 'json')).toBe(
      'cooperation-training-2023-2026-11-28.json',
    );
    expect(filterSubject(filter({ yearFrom: 2020, yearTo: 2024 }))).toBe('2020-2024');
    expect(filterSubject(filter({ yearFrom: 2020 }))).toBe('from-2020');
    expect(filterSubject(filter({ yearTo: 2024 }))).toBe('to-2024');
    expect(filterSubject(filter({ organisations: ['cmac'], confidence: ['disputed'] }))).toBe(
      'cmac-disputed',
    );
  });

  it('folds a search to plain ASCII, and says "search" when nothing is left', () => {
    expect(filterSubject(filter({ text: 'Hà Nội' }))).toBe('ha-noi');
    expect(filterSubject(filter({ text: 'កម្ពុជា' }))).toBe('search');
  });

  it('says "records-filtered" when the filter is too long to read in a name', () => {
    expect(filterSubject(filter({ countries: ['KHM', 'UKR', 'JPN', 'LAO', 'VNM'] }))).toBe(
      'records-filtered',
    );
    expect(
      filterSubject(
        filter({ organisations: ['japan-international-cooperation-agency', 'cambodian-mine-action'] }),
      ),
    ).toBe('records-filtered');
  });
});

describe('chartFileName', () => {
  it('names the chart and the day', () => {
    expect(chartFileName('records-per-year', day, 'png')).toBe('chart-records-per-year-2026-11-28.png');
    expect(chartFileName('Funding / currency: USD', day, 'svg')).toBe(
      'chart-Funding-currency-USD-2026-11-28.svg',
    );
    expect(chartFileName('…', day, 'svg')).toBe('chart-figure-2026-11-28.svg');
  });

  it('keeps only characters every file system accepts', () => {
    expect(fileSlug('../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('Đà Nẵng')).toBe('Da-Nang');
  });
});
