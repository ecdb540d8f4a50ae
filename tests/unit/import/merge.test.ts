import { describe, expect, it } from 'vitest';
import { mergeImports, type MergePart } from '../../../src/data/import/merge';
import { nameKeys, normaliseName } from '../../../src/data/import/merge/organisation-names';
import { validateDataset } from '../../../src/data/schema/validate';
import type { Partnership } from '../../../src/data/schema/records';
import { baseDataset, iatiFragment, partnership } from './fragments';

const TODAY = '2026-12-06';
const part = (file: string, fragment: MergePart['fragment']): MergePart => ({
  file,
  format: 'iati',
  fragment,
});

function merged(parts: MergePart[], withBase = true) {
  const result = mergeImports(parts, { ...(withBase ? { base: baseDataset() } : {}), today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(validateDataset(result.dataset)).toMatchObject({ ok: true });
  return result;
}

describe('mergeImports', () => {
  it('keeps every base record', () => {
    const { dataset } = merged([part('a.xml', iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' }))]);
    for (const record of baseDataset().records) {
      expect(dataset.records.map((r) => r.id)).toContain(record.id);
    }
  });

  it('recognises "HALO Trust" as the base\'s "The HALO Trust", keeps the base id and name and learns its IATI ref', () => {
    const { dataset } = merged([part('a.xml', iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' }))], true);
    const halos = dataset.organisations.filter((o) => /halo/i.test(o.name));
    expect(halos).toEqual([
      expect.objectContaining({ id: 'halo-trust', name: 'The HALO Trust', iatiRef: 'GB-CHC-1001813' }),
    ]);
  });

  it('joins organisations by IATI ref across files and remaps parties and contributions', () => {
    const first = iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' });
    const second = iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' });
    // The same funder under another id and spelling, recognised by its IATI identifier.
    second.organisations = second.organisations.map((o) =>
      o.iatiRef === 'XM-DAC-7' ? { ...o, id: 'other-nl', name: 'Ministerie van Buitenlandse Zaken' } : o,
    );
    second.records = [
      partnership({
        id: 'iati-nl-2',
        title: 'Another activity',
        parties: [{ organisation: 'other-nl', role: 'donor' }],
        sources: second.sources.map((s) => s.id),
        origin: { format: 'iati', id: 'NL-2', reasons: [{ rule: 'words', evidence: 'demining' }] },
        amount: { value: 5, currency: 'EUR', contributions: [{ organisation: 'other-nl', value: 5 }] },
      }),
    ];
    const { dataset } = merged([part('a.xml', first), part('b.xml', second)], false);
    expect(dataset.organisations.filter((o) => o.iatiRef === 'XM-DAC-7')).toHaveLength(1);
    const record = dataset.records.find((r) => r.id === 'iati-nl-2') as Partnership;
    expect(record.parties[0]?.organisation).toBe('iati-org-xm-dac-7');
    expect(record.amount?.contributions?.[0]?.organisation).toBe('iati-org-xm-dac-7');
  });

  it('keeps one record per origin: the copy last updated wins, and the duplicate is reported', () => {
    const older = iatiFragment({ lastUpdated: '2020-05-01T00:00:00Z', title: 'Older title' });
    const newer = iatiFragment({ lastUpdated: '2021-03-04T00:00:00Z', title: 'Newer title' });
    for (const order of [
      [part('old.xml', older), part('new.xml', newer)],
      [part('new.xml', newer), part('old.xml', older)],
    ]) {
      const { dataset, duplicates } = merged(order, false);
      const copies = dataset.records.filter((r) => r.origin?.id === 'GB-CHC-1001813-UA');
      expect(copies.map((r) => r.title)).toEqual(['Newer title']);
      expect(duplicates[1]?.[0]?.detail).toMatch(
        /kept the copy last updated 2021-03-04T00:00:00Z \(new\.xml\)/,
      );
    }
  });

  it('keeps a hand-entered record with the same origin as curated, citing both sources', () => {
    const { dataset, duplicates } = merged([
      part('a.xml', iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' })),
    ]);
    const curated = dataset.records.find((r) => r.id === 'curated-halo-ukraine');
    expect(curated?.title).toBe('HALO Trust clears land in Ukraine (curated)');
    expect(curated?.sources).toEqual(['news-1', 'iati-activity-gb-chc-1001813-ua']);
    expect(dataset.records.find((r) => r.id === 'iati-gb-chc-1001813-ua')).toBeUndefined();
    expect(duplicates[0]?.[0]).toMatchObject({ id: 'iati-gb-chc-1001813-ua' });
    expect(duplicates[0]?.[0]?.detail).toMatch(/hand-entered record "curated-halo-ukraine"/);
  });

  it('adds no organisation that only a record merged into a hand-entered one named', () => {
    const fragment = iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' });
    const { dataset } = merged([part('a.xml', fragment)]);
    const named = new Set(dataset.records.flatMap((r) => r.parties.map((p) => p.organisation)));
    const baseIds = new Set(baseDataset().organisations.map((o) => o.id));
    for (const organisation of dataset.organisations) {
      expect(baseIds.has(organisation.id) || named.has(organisation.id)).toBe(true);
    }
  });

  it('dedupes sources by URL and points records at the one kept', () => {
    const first = iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' });
    const second = iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z', suffix: '-copy' });
    second.records = second.records.map((r) => ({
      ...r,
      id: 'other-id',
      origin: { ...r.origin!, id: 'OTHER' },
    }));
    const { dataset } = merged([part('a.xml', first), part('b.xml', second)], false);
    expect(dataset.sources.filter((s) => s.url.includes('GB-CHC-1001813-UA'))).toHaveLength(1);
    expect(dataset.records.find((r) => r.id === 'other-id')?.sources).toEqual([
      'iati-activity-gb-chc-1001813-ua',
    ]);
  });

  it('adds every referenced country with its ISO name and region', () => {
    const { dataset } = merged([part('a.xml', iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' }))]);
    const byCode = new Map(dataset.countries.map((c) => [c.iso3, c]));
    expect(byCode.get('GBR')?.name).toBe('United Kingdom');
    expect(byCode.get('UKR')).toEqual({ iso3: 'UKR', name: 'Ukraine', region: 'europe-central-asia' });
    expect(byCode.get('NLD')).toMatchObject({ region: 'europe-central-asia' });
  });

  it('refuses a country code it cannot name, naming the file and the item', () => {
    const fragment = iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' });
    fragment.records = fragment.records.map((r) => ({
      ...r,
      parties: [{ country: 'XYZ', role: 'recipient' }],
    }));
    const result = mergeImports([part('a.xml', fragment)], { today: TODAY });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: 'a.xml', item: 'iati-gb-chc-1001813-ua' }],
    });
  });

  it('keeps the base meta, dated today, with a note naming the files', () => {
    const { dataset } = merged([part('a.xml', iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' }))]);
    expect(dataset.meta).toMatchObject({ title: 'Base', asOf: TODAY, licence: baseDataset().meta.licence });
    expect(dataset.meta.notes?.at(-1)).toMatch(/a\.xml \(IATI activity file\)/);
  });

  it('without a base, writes honest meta naming the files and the publishers', () => {
    const { dataset } = merged([part('a.xml', iatiFragment({ lastUpdated: '2021-01-01T00:00:00Z' }))], false);
    expect(dataset.meta).toMatchObject({
      title: 'Imported open data',
      asOf: TODAY,
      publisher: 'The HALO Trust',
      synthetic: false,
      licence: { name: 'As published by each publisher; see the sources', url: 'https://iatistandard.org/' },
    });
    expect(dataset.meta.description).toMatch(/a\.xml \(IATI activity file\)/);
  });
});

describe('nameKeys', () => {
  it('knows an organisation by the acronym its name ends with in brackets', () => {
    expect(nameKeys({ name: 'KOREA INTERN. COOPERATION AGENCY (KOICA)' })).toContain(normaliseName('KOICA'));
    expect(nameKeys({ name: 'Cooperation (in Korea) agency' })).toHaveLength(1);
  });
});

describe('normaliseName', () => {
  it.each([
    ['The HALO Trust', 'HALO Trust'],
    ['Japan, Government of', 'Government of Japan'],
    ["Norwegian People's Aid", 'Norwegian People’s Aid'],
    ['Médecins Sans Frontières', 'Medecins sans frontieres'],
  ])('treats "%s" and "%s" as one name', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });
});
