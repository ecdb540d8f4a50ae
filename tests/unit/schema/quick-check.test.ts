import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sampleDataset } from '../../../mocks/datasets';
import { generateDataset } from '../../../scripts/synthetic/dataset';
import { DatasetSchema } from '../../../src/data/schema/dataset';
import { CountrySchema, OrganisationSchema, SourceSchema } from '../../../src/data/schema/entities';
import { compileQuickCheck, type QuickCheck } from '../../../src/data/schema/quick-check';
import { CooperationRecordSchema } from '../../../src/data/schema/records';
import { validateDataset } from '../../../src/data/schema/validate';

// The quick check may say "yes" only where zod accepts the value and returns it as it is; every
// other answer hands the value to zod. These tests hold it to exactly that over the bundled
// dataset, the synthetic generator's output and thousands of broken copies of their items.

const SCHEMAS = {
  countries: CountrySchema,
  organisations: OrganisationSchema,
  sources: SourceSchema,
  records: CooperationRecordSchema,
} as const;
type List = keyof typeof SCHEMAS;

const quick = Object.fromEntries(
  Object.entries(SCHEMAS).map(([list, schema]) => [list, compileQuickCheck(schema)]),
) as Record<List, QuickCheck>;

/** zod's verdict on a value, put the way the quick check answers: accepted and returned as it is. */
function zodKeepsAsIs(schema: z.ZodType, value: unknown): boolean {
  const result = schema.safeParse(value);
  return result.success && sameValue(result.data, value);
}

/** Deep equality of JSON-like values, key order aside (as zod rebuilds objects in its own order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

const synthetic = generateDataset({ records: 3000, seed: 7 });
const datasets = { bundled: sampleDataset as unknown as typeof synthetic, synthetic };

describe('compileQuickCheck', () => {
  it('compiles every schema of the contract', () => {
    for (const schema of [...Object.values(SCHEMAS), DatasetSchema])
      expect(() => compileQuickCheck(schema)).not.toThrow();
  });

  it('agrees with zod on whole documents, broken at the top', () => {
    const check = compileQuickCheck(DatasetSchema);
    const small = { ...synthetic, records: synthetic.records.slice(0, 20) };
    expect(check(small)).toBe(true);
    for (const broken of [
      { ...small, schemaVersion: '2.0' },
      { ...small, extra: 1 },
      { ...small, records: {} },
      { ...small, meta: { ...small.meta, synthetic: 'yes' } },
      { ...small, sources: undefined },
    ])
      expect([check(broken), DatasetSchema.safeParse(broken).success]).toEqual([false, false]);
  });

  for (const [name, dataset] of Object.entries(datasets)) {
    it(`passes every item of the ${name} dataset, as zod does`, () => {
      for (const list of Object.keys(SCHEMAS) as List[]) {
        const items = dataset[list] as unknown[];
        expect(items.length).toBeGreaterThan(0);
        const refused = items.filter((item) => !quick[list](item));
        expect(refused).toEqual([]);
        for (const item of items.slice(0, 300)) expect(zodKeepsAsIs(SCHEMAS[list], item)).toBe(true);
      }
    });
  }

  it('agrees with zod on every broken copy of sample items, field by field', { timeout: 60_000 }, () => {
    let compared = 0;
    let rejectedByZod = 0;
    for (const list of Object.keys(SCHEMAS) as List[]) {
      for (const item of sampleItems(list)) {
        for (const broken of brokenCopies(item)) {
          const expected = zodKeepsAsIs(SCHEMAS[list], broken);
          if (quick[list](broken) !== expected) {
            throw new Error(`disagrees with zod (zod: ${expected}) on ${list}: ${JSON.stringify(broken)}`);
          }
          compared += 1;
          if (!SCHEMAS[list].safeParse(broken).success) rejectedByZod += 1;
        }
      }
    }
    // Enough cases, most of them really broken (the rest are other valid values).
    expect(compared).toBeGreaterThan(5000);
    expect(rejectedByZod / compared).toBeGreaterThan(0.6);
  });

  it('hands text that zod would trim to zod, and the dataset keeps zod’s trimmed text', () => {
    const record = structuredClone(synthetic.records[0]!);
    record.title = `  ${record.title} `;
    expect(quick.records(record)).toBe(false);
    expect(CooperationRecordSchema.safeParse(record).success).toBe(true);
    const dataset = { ...structuredClone(synthetic), records: [record, ...synthetic.records.slice(1, 50)] };
    const result = validateDataset(dataset);
    expect(result.ok && result.dataset.records[0]!.title).toBe(synthetic.records[0]!.title);
  });
});

/** A few items of each kind and shape: every record type, with and without the optional parts. */
function sampleItems(list: List): unknown[] {
  const pool = [...(datasets.bundled[list] as unknown[]), ...(synthetic[list] as unknown[]).slice(0, 400)];
  const byShape = new Map<string, unknown>();
  for (const item of pool) {
    const shape = JSON.stringify(shapeOf(item));
    if (!byShape.has(shape)) byShape.set(shape, item);
  }
  return [...byShape.values()].slice(0, 12);
}

/** The keys (and types of record) an item has, so items that differ in them are sampled apart. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value !== 'object' || value === null) return typeof value;
  const entries = Object.entries(value).map(([key, inner]) => [key, key === 'type' ? inner : shapeOf(inner)]);
  return Object.fromEntries(entries.sort(([a], [b]) => String(a).localeCompare(String(b))));
}

// Values that break or bend a field: wrong types, empty and padded text, bad codes and dates,
// out-of-range numbers, unsafe links, and valid values of other fields.
const REPLACEMENTS: unknown[] = [
  null,
  0,
  -1,
  0.5,
  150,
  200,
  1e9,
  '',
  '   ',
  ' padded ',
  'x',
  'Bad Id',
  'a'.repeat(81),
  'ok-id',
  'KHM',
  'khm',
  'KH',
  '2024',
  '2024-02-29',
  '2023-02-29',
  '2024-13',
  '1999',
  '3000-01',
  'https://example.org/',
  'javascript:alert(1)',
  'https://',
  'en',
  'donor',
  'disputed',
  'partnership',
  'training',
  true,
  false,
  [],
  {},
  ['x'],
  [{}],
];

/** Copies of an item, each with one field removed, replaced, or one unknown key added. */
function* brokenCopies(item: unknown): Generator<unknown> {
  for (const path of pathsOf(item)) {
    yield withChange(item, path, (parent, key) => {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[key];
    });
    for (const replacement of REPLACEMENTS) {
      yield withChange(item, path, (parent, key) => {
        (parent as Record<string | number, unknown>)[key] = structuredClone(replacement);
      });
    }
  }
  for (const path of [[], ...pathsOf(item)]) {
    yield withChange(item, path, (parent, key) => {
      const target = path.length === 0 ? parent : (parent as Record<string | number, unknown>)[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>).colour = 'red';
    });
  }
}

function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((inner, index) => [index, inner])
    : Object.entries(value);
  return entries.flatMap(([key, inner]) => [[...path, key], ...pathsOf(inner, [...path, key])]);
}

function withChange(
  item: unknown,
  path: (string | number)[],
  change: (parent: unknown, key: string | number) => void,
): unknown {
  const copy = structuredClone(item);
  if (path.length === 0) {
    change(copy, '');
    return copy;
  }
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
  change(parent, path.at(-1)!);
  return copy;
}
