import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema/dataset';
import { EMPTY_FILTER } from '../../../src/data/selectors/filter';
import { buildModel } from '../../../src/data/selectors/model';
import { citationText, viewLink } from '../../../src/features/export/citation';
import { describeFilter } from '../../../src/components/filter-description';
import { createTranslator } from '../../../src/i18n/translator';
import { sampleDataset } from '../../../mocks/datasets';

const translator = createTranslator('en');
const model = buildModel(sampleDataset as Dataset);

describe('viewLink', () => {
  it('is the page with the view query and without a fragment', () => {
    expect(viewLink('https://example.org/dash/?old=1#top', '?country=KHM,UKR&tab=table')).toBe(
      'https://example.org/dash/?country=KHM,UKR&tab=table',
    );
    expect(viewLink('https://example.org/dash/?country=KHM', '')).toBe('https://example.org/dash/');
  });
});

describe('citationText', () => {
  it('is the dataset citation, the day it was accessed and the link to the view', () => {
    const text = citationText(
      model.dataset.meta,
      new Date(2026, 10, 28, 23, 50),
      'https://example.org/?country=KHM',
      translator,
    );
    expect(text).toBe(
      `${model.dataset.meta.citation} Accessed 28 November 2026. View: https://example.org/?country=KHM`,
    );
  });
});

describe('describeFilter', () => {
  it('says "without filters" for the empty filter', () => {
    expect(describeFilter(model, EMPTY_FILTER, translator)).toBe('without filters');
  });

  it('names every field in words, with names from the dataset and labels from the catalogue', () => {
    expect(
      describeFilter(
        model,
        {
          countries: ['KHM', 'UKR'],
          organisations: ['jica'],
          types: ['training', 'event'],
          themes: ['clearance'],
          yearFrom: 2022,
          yearTo: 2024,
          confidence: ['disputed'],
          text: '  SESU ',
          roles: [],
          withAmount: false,
          links: [],
        },
        translator,
      ),
    ).toBe(
      'filtered by search “SESU”; countries: Cambodia, Ukraine; ' +
        'organisations: Japan International Cooperation Agency (JICA); ' +
        'kinds of record: Training exchange, Event; themes: Clearance; years 2022–2024; confidence: Disputed',
    );
  });

  it('says an open year range from one end', () => {
    expect(describeFilter(model, { ...EMPTY_FILTER, yearTo: 2020 }, translator)).toBe(
      'filtered by years up to 2020',
    );
  });
});
