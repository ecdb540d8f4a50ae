import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/data/schema/validate';
import { sampleDataset } from '../../../mocks/datasets';

type Mutable = ReturnType<typeof copy>;
function copy() {
  return structuredClone(sampleDataset) as unknown as {
    schemaVersion: string;
    meta: Record<string, unknown>;
    countries: Record<string, unknown>[];
    organisations: Record<string, unknown>[];
    sources: Record<string, unknown>[];
    records: (Record<string, unknown> & {
      id: string;
      parties: Record<string, unknown>[];
      period: Record<string, unknown>;
    })[];
  };
}

function problemsOf(dataset: Mutable): string[] {
  const result = validateDataset(dataset);
  return result.ok ? [] : result.problems.map(formatProblem);
}

function firstRecordOfType(dataset: Mutable, type: string) {
  const record = dataset.records.find((candidate) => candidate.type === type);
  if (!record) throw new Error(`the sample dataset has no ${type}`);
  return record;
}

describe('validateDataset', () => {
  it('accepts the bundled sample dataset', () => {
    const result = validateDataset(sampleDataset);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('names the record and field of a reference to an organisation that does not exist', () => {
    const dataset = copy();
    const record = dataset.records[2]!;
    record.parties[0] = { ...record.parties[0], organisation: 'ghost-org' };
    expect(problemsOf(dataset)).toEqual([
      `records › ${record.id} › parties[0].organisation: unknown organisation "ghost-org"`,
    ]);
  });

  it('rejects duplicate ids, naming the second one', () => {
    const dataset = copy();
    const duplicate = { ...dataset.records[0]!, title: 'A copy' };
    dataset.records.push(duplicate);
    expect(problemsOf(dataset)).toEqual([`records › ${duplicate.id} › id: duplicate id "${duplicate.id}"`]);
  });

  it('rejects a period that ends before it starts, but not a partial end in the same month', () => {
    const dataset = copy();
    const record = dataset.records[0]!;
    record.period = { start: '2024-04-03', end: '2024-03' };
    expect(problemsOf(dataset)).toEqual([`records › ${record.id} › period.end: ends before it starts`]);
    record.period = { start: '2024-04-03', end: '2024-04' };
    expect(problemsOf(dataset)).toEqual([]);
  });

  it('rejects impossible dates', () => {
    const dataset = copy();
    const record = dataset.records[0]!;
    record.period = { start: '2023-02-29' };
    expect(problemsOf(dataset)).toEqual([
      `records › ${record.id} › period.start: is not a real calendar date`,
    ]);
  });

  it('rejects coordinates out of range', () => {
    const dataset = copy();
    const event = firstRecordOfType(dataset, 'event');
    event.place = { ...(event.place as object), coordinates: { lat: 12, lon: 200 } };
    expect(problemsOf(dataset)).toEqual([
      `records › ${event.id} › place.coordinates.lon: longitude must be between -180 and 180`,
    ]);
  });

  it('rejects links that are not http(s)', () => {
    const dataset = copy();
    const source = dataset.sources[0]!;
    source.url = 'javascript:alert(document.cookie)';
    expect(problemsOf(dataset)).toEqual([
      `sources › ${String(source.id)} › url: must be an absolute http or https URL`,
    ]);
  });

  it('rejects unknown enum values and unknown fields', () => {
    const dataset = copy();
    const record = dataset.records[0]!;
    record.confidence = 'probably';
    record.colour = 'red';
    const problems = problemsOf(dataset);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^records › ${record.id} › .*confidence.*: Invalid option`));
    expect(problems[1]).toMatch(/Unrecognized key: "colour"/);
  });

  it('reports every problem, not only the first', () => {
    const dataset = copy();
    dataset.records[0]!.title = '';
    dataset.records[1]!.sources = ['no-such-source'];
    dataset.organisations[0]!.country = 'XXX';
    expect(problemsOf(dataset)).toHaveLength(3);
  });

  it('refuses a schema version it does not read, and says which it reads', () => {
    const dataset = copy();
    dataset.schemaVersion = '2.0';
    expect(problemsOf(dataset)).toEqual([
      'document › schemaVersion: schema version "2.0" is not supported; this dashboard reads 1.0',
    ]);
  });

  it('requires a disputed record to explain the disagreement', () => {
    const dataset = copy();
    const record = dataset.records[0]!;
    record.confidence = 'disputed';
    delete record.confidenceNote;
    expect(problemsOf(dataset)).toEqual([
      `records › ${record.id} › confidenceNote: a disputed record must say how its sources disagree`,
    ]);
  });

  it('requires every value of a disputed figure to cite one of the record’s sources', () => {
    const dataset = copy();
    const training = firstRecordOfType(dataset, 'training');
    const [first] = training.sources as string[];
    training.participants = {
      disputed: true,
      values: [
        { value: 8, source: first },
        { value: 15, source: 'elsewhere' },
      ],
    };
    expect(problemsOf(dataset)).toEqual([
      `records › ${training.id} › participants.values[1].source: source "elsewhere" is not among the record's sources`,
    ]);
  });
});
