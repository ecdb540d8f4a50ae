// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema/dataset';
import { validateDataset } from '../../../src/data/schema/validate';
import { buildModel, countriesOfRecord } from '../../../src/data/selectors/model';
import { generateDataset } from '../../../scripts/synthetic/dataset';

// One 2k dataset for the shape checks: large enough for the skew to show, quick to build.
const dataset = generateDataset({ records: 2000, seed: 1 });

describe('generateDataset: determinism', () => {
  it('gives the same document for the same seed', () => {
    const again = generateDataset({ records: 300, seed: 42 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(generateDataset({ records: 300, seed: 42 })));
  });

  it('gives a different document for a different seed', () => {
    const one = JSON.stringify(generateDataset({ records: 300, seed: 42 }).records);
    const other = JSON.stringify(generateDataset({ records: 300, seed: 43 }).records);
    expect(one).not.toBe(other);
  });
});

describe('generateDataset: validity', () => {
  it('passes the data contract, references included', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(dataset.records).toHaveLength(2000);
  });
});

describe('generateDataset: shape', () => {
  const model = buildModel(dataset);

  it('concentrates activity in a few countries, with a long tail', () => {
    const involvement = new Map<string, number>();
    for (const record of dataset.records) {
      for (const iso3 of countriesOfRecord(model, record))
        involvement.set(iso3, (involvement.get(iso3) ?? 0) + 1);
    }
    const counts = [...involvement.values()].sort((a, b) => b - a);
    const total = counts.reduce((sum, count) => sum + count, 0);
    const top = counts.slice(0, Math.ceil(dataset.countries.length / 10));
    expect(top.reduce((sum, count) => sum + count, 0) / total).toBeGreaterThan(0.4);
    expect(involvement.size).toBeGreaterThan(100);
  });

  it('has hundreds of organisations of every kind', () => {
    expect(dataset.organisations.length).toBeGreaterThanOrEqual(200);
    expect(new Set(dataset.organisations.map((organisation) => organisation.kind)).size).toBe(10);
    expect(dataset.organisations.some((organisation) => organisation.country === null)).toBe(true);
  });

  it('has multi-party partnerships, some with several donors', () => {
    const partnerships = dataset.records.filter((record) => record.type === 'partnership');
    const roles = (record: (typeof partnerships)[number]) => record.parties.map((party) => party.role);
    expect(
      partnerships.some((record) =>
        ['donor', 'implementer', 'recipient'].every((r) => roles(record).includes(r as never)),
      ),
    ).toBe(true);
    expect(
      partnerships.filter((record) => roles(record).filter((role) => role === 'donor').length > 1).length,
    ).toBeGreaterThan(50);
  });

  it('places most trainings and events on the map, within range', () => {
    const placed = dataset.records.filter((record) => record.type !== 'partnership');
    const points = placed.flatMap((record) => (record.place?.coordinates ? [record.place.coordinates] : []));
    expect(points.length / placed.length).toBeGreaterThan(0.8);
    expect(points.filter(({ lat, lon }) => Math.abs(lat) > 90 || Math.abs(lon) > 180)).toEqual([]);
  });

  it('mixes date precisions, currencies, confidences and disputed figures', () => {
    const precisions = new Set(dataset.records.map((record) => record.period.start.length));
    expect(precisions).toEqual(new Set([4, 7, 10]));
    const amounts = dataset.records.flatMap((record) =>
      record.type === 'partnership' && record.amount ? [record.amount] : [],
    );
    const usd = amounts.filter((amount) => amount.currency === 'USD').length;
    expect(usd / amounts.length).toBeGreaterThan(0.5);
    expect(new Set(amounts.map((amount) => amount.currency))).toEqual(new Set(['USD', 'EUR', 'JPY', 'GBP']));
    expect(new Set(dataset.records.map((record) => record.confidence)).size).toBe(4);
    const disputed = dataset.records.filter(
      (record) =>
        (record.type === 'partnership' && typeof record.amount?.value === 'object') ||
        (record.type === 'training' && typeof record.participants === 'object'),
    );
    expect(disputed.length).toBeGreaterThan(10);
    expect(dataset.records.some((record) => record.people !== undefined)).toBe(true);
  });
});

describe('generateDataset: marked synthetic', () => {
  it('says so in its metadata, its titles and its links', () => {
    const { meta }: Dataset = dataset;
    expect(meta.synthetic).toBe(true);
    expect(meta.title.startsWith('Synthetic test data')).toBe(true);
    expect(meta.description).toMatch(/generated/i);
    expect(meta.description).toMatch(/never be shown as real/);
    expect(dataset.records.every((record) => record.title.startsWith('Synthetic '))).toBe(true);
    expect(dataset.organisations.every((organisation) => organisation.name.startsWith('Synthetic '))).toBe(
      true,
    );
    expect(dataset.sources.every((source) => source.url.startsWith('https://example.org/synthetic/'))).toBe(
      true,
    );
  });
});
