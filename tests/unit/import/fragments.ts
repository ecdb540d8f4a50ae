// Small hand-made datasets and fragments for the merge tests: an IATI-like fragment stands in for
// the IATI reader's output, so these tests do not depend on it.
import type { Dataset } from '../../../src/data/schema/dataset';
import type { Organisation, Source } from '../../../src/data/schema/entities';
import type { Partnership } from '../../../src/data/schema/records';
import type { Fragment } from '../../../src/data/import/types';

export function baseDataset(): Dataset {
  return {
    schemaVersion: '1.0',
    meta: {
      title: 'Base',
      description: 'A hand-made base dataset.',
      asOf: '2026-01',
      publisher: 'Test',
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      citation: 'Test. Base.',
      synthetic: false,
    },
    countries: [{ iso3: 'GBR', name: 'United Kingdom', region: 'europe-central-asia' }],
    organisations: [
      { id: 'halo-trust', name: 'The HALO Trust', acronym: 'HALO', kind: 'ngo-operator', country: 'GBR' },
      {
        id: 'undp',
        name: 'United Nations Development Programme',
        acronym: 'UNDP',
        kind: 'un-body',
        country: null,
      },
    ],
    sources: [{ id: 'news-1', title: 'A news story', publisher: 'News', url: 'https://example.org/news/1' }],
    records: [
      partnership({
        id: 'curated-halo-ukraine',
        title: 'HALO Trust clears land in Ukraine (curated)',
        parties: [
          { organisation: 'halo-trust', role: 'implementer' },
          { country: 'UKR', role: 'recipient' },
        ],
        sources: ['news-1'],
        origin: {
          format: 'iati',
          id: 'GB-CHC-1001813-UA',
          reasons: [{ rule: 'dac-sector', evidence: 'DAC 15250' }],
        },
      }),
      partnership({ id: 'plain-base-record', title: 'A record without origin', sources: ['news-1'] }),
    ],
  };
}

export function partnership(fields: Partial<Partnership> & Pick<Partnership, 'id' | 'title'>): Partnership {
  return {
    type: 'partnership',
    kind: 'funding',
    status: 'active',
    period: { start: '2024' },
    parties: [{ organisation: 'undp', role: 'implementer' }],
    themes: [],
    sources: [],
    confidence: 'reported',
    ...fields,
  };
}

export function iatiFragment(options: { lastUpdated: string; title?: string; suffix?: string }): Fragment {
  const halo: Organisation = {
    id: 'iati-org-gb-chc-1001813',
    name: 'HALO Trust',
    kind: 'ngo-operator',
    country: 'GBR',
    iatiRef: 'GB-CHC-1001813',
  };
  const netherlands: Organisation = {
    id: 'iati-org-xm-dac-7',
    name: 'Netherlands - Ministry of Foreign Affairs',
    kind: 'government',
    country: 'NLD',
    iatiRef: 'XM-DAC-7',
  };
  const source: Source = {
    id: `iati-activity-gb-chc-1001813-ua${options.suffix ?? ''}`,
    title: 'IATI activity GB-CHC-1001813-UA',
    publisher: 'The HALO Trust',
    url: 'https://d-portal.org/ctrack.html#view=act&aid=GB-CHC-1001813-UA',
  };
  return {
    organisations: [halo, netherlands],
    sources: [source],
    records: [
      partnership({
        id: 'iati-gb-chc-1001813-ua',
        title: options.title ?? 'Humanitarian mine action in Ukraine',
        parties: [
          { organisation: netherlands.id, role: 'donor' },
          { organisation: halo.id, role: 'implementer' },
          { country: 'UKR', role: 'recipient' },
        ],
        sources: [source.id],
        origin: {
          format: 'iati',
          id: 'GB-CHC-1001813-UA',
          publisher: 'The HALO Trust',
          lastUpdated: options.lastUpdated,
          reasons: [{ rule: 'dac-sector', evidence: 'DAC 15250' }],
        },
        amount: {
          value: 1000,
          currency: 'EUR',
          contributions: [{ organisation: netherlands.id, value: 1000 }],
        },
      }),
    ],
  };
}
