import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/dataset';
import { RecordListScanner, recordSpans } from '../../../src/data/api/record-spans';

/** Each span's text, parsed: what the page makes of the slices the worker sends. */
function itemsAt(text: string, spans: Int32Array): unknown[] {
  return Array.from({ length: spans.length / 2 }, (_, i) =>
    JSON.parse(text.slice(spans[2 * i], spans[2 * i + 1])),
  );
}

function expectSpansToGiveTheRecords(text: string) {
  const { records } = JSON.parse(text) as { records: unknown[] };
  const spans = recordSpans(text, records.length);
  expect(spans).not.toBeNull();
  expect(itemsAt(text, spans!)).toEqual(records);
}

describe('recordSpans', () => {
  it('finds every record of the bundled file as it is written', () => {
    expectSpansToGiveTheRecords(readFileSync('mocks/data/dataset.json', 'utf8'));
  });

  it('finds every record of a synthetic file, compact or indented', () => {
    const dataset = generateDataset({ records: 500, seed: 5 });
    expectSpansToGiveTheRecords(JSON.stringify(dataset));
    expectSpansToGiveTheRecords(JSON.stringify(dataset, null, 2));
    expectSpansToGiveTheRecords(JSON.stringify(dataset, null, '\t'));
  });

  it('is not misled by brackets, quotes and backslashes inside text, or by other lists', () => {
    const text = JSON.stringify({
      meta: { title: 'records: [1, 2', note: '"records": [' },
      countries: [{ records: ['not', 'these'] }],
      records: [
        { id: 'a', title: 'a "quoted" [bracket] {brace}, comma' },
        { id: 'b', title: 'ends in a backslash \\' },
        { id: 'c', title: '\\"', nested: { records: [1, 2, 3] } },
        'a string item',
        42,
        null,
        [1, [2]],
      ],
      sources: [],
    });
    expectSpansToGiveTheRecords(text);
  });

  it('reads the last of repeated keys, as JSON.parse does, and an empty list', () => {
    expectSpansToGiveTheRecords('{"records": [1, 2, 3], "x": 1, "records": [ {"id": "z"} ]}');
    expectSpansToGiveTheRecords('{ "records" : [ ] }');
  });

  it('gives up when the list is not what was expected', () => {
    expect(recordSpans('{"records": [1, 2]}', 3)).toBeNull();
    expect(recordSpans('{"records": [1, 2]}', 1)).toBeNull();
    expect(recordSpans('{"records": {"a": 1}}', 1)).toBeNull();
    expect(recordSpans('[{"records": [1]}]', 1)).toBeNull();
  });

  it('reads the same spans from the text fed in pieces of any size', () => {
    const tricky = JSON.stringify({
      records: [{ id: 'a', title: 'x \\"y" \\\\ [z] {w}, ,' }, 'item \\', { records: [1, 2] }, 7],
    });
    const texts = [tricky, JSON.stringify(generateDataset({ records: 60, seed: 9 }), null, 1)];
    for (const text of texts) {
      const whole = recordSpans(text, (JSON.parse(text) as { records: unknown[] }).records.length);
      expect(whole).not.toBeNull();
      for (const size of [1, 2, 3, 7, 64, 1000]) {
        const scanner = new RecordListScanner();
        for (let at = 0; at < text.length; at += size) scanner.feed(text.slice(at, at + size));
        expect(scanner.finish(), `pieces of ${size}`).toEqual([...whole!]);
      }
    }
  });

  it('gives up on text that is not a well-formed list', () => {
    for (const text of [
      '{"records": [1,]}',
      '{"records": [1 "x"]}',
      '{"records": [,1]}',
      '{"records": [1]',
    ]) {
      const scanner = new RecordListScanner();
      scanner.feed(text);
      const spans = scanner.finish();
      // Either the scanner gives up, or the item it found does not parse: the caller then falls back.
      const parsesAsItems =
        spans !== null &&
        spans.length === 2 &&
        (() => {
          try {
            JSON.parse(text.slice(spans[0], spans[1]));
            return true;
          } catch {
            return false;
          }
        })();
      expect(spans === null || !parsesAsItems, text).toBe(true);
    }
  });
});
