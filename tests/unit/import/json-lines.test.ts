import { describe, expect, it } from 'vitest';
import { arrayElementLines } from '../../../src/data/import/json-lines';
import { FTS_FILE, readShared } from './shared-data';

describe('arrayElementLines', () => {
  it('finds the line of each element of a nested array, past look-alike keys and strings', () => {
    const text = [
      '{',
      '  "other": {"flows": [1, 2]},',
      '  "data": {',
      '    "note": "a \\"flows\\": [ string",',
      '    "flows": [',
      '      {"id": "a", "list": [1, {"x": "]"}]},',
      '      7,',
      '',
      '      {"id": "b"}',
      '    ]',
      '  }',
      '}',
    ].join('\n');
    expect(arrayElementLines(text, ['data', 'flows'])).toEqual([6, 7, 9]);
  });

  it('finds all 14 flows of the real FTS file, each on the line of its opening brace', () => {
    const text = readShared(FTS_FILE);
    const lines = arrayElementLines(text, ['data', 'flows']);
    expect(lines).toHaveLength(14);
    const fileLines = text.split('\n');
    for (const line of lines) expect(fileLines[line - 1]?.trim()).toMatch(/^\{/);
  });
});
