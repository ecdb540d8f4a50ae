import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv, UTF8_BOM } from '../../../src/data/export/csv';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+SUM(A1:A2)', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("https://example.org","x")'])(
    'prefixes a single quote to %j',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('catches a formula that spans several lines', () => {
    expect(neutraliseFormula('=1+1\nsecond line')).toBe("'=1+1\nsecond line");
  });

  it('leaves ordinary text, numbers and empty cells alone', () => {
    expect(neutraliseFormula('Phnom Penh, Cambodia')).toBe('Phnom Penh, Cambodia');
    expect(neutraliseFormula('a = b')).toBe('a = b');
    expect(neutraliseFormula(-74.08)).toBe(-74.08);
    expect(neutraliseFormula(0)).toBe(0);
    expect(neutraliseFormula(null)).toBeNull();
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('toCsv', () => {
  const header = ['ID', 'Title', 'Longitude'];
  const rows = [
    ['a', 'Comma, inside', -74.08],
    ['b', 'A "quoted" word', 12.5],
    ['c', 'Two\nlines and\r\na CRLF', null],
    ['d', "'=1+1", 0],
  ];

  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    const csv = toCsv({ header, rows });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).startsWith('ID,Title,Longitude\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks so they parse back unchanged', () => {
    const csv = toCsv({ header, rows });
    const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      header,
      ['a', 'Comma, inside', '-74.08'],
      ['b', 'A "quoted" word', '12.5'],
      ['c', 'Two\nlines and\r\na CRLF', ''],
      ['d', "'=1+1", '0'],
    ]);
    expect(csv).toContain('"A ""quoted"" word"');
  });

  it('writes numbers bare, so spreadsheets read them as numbers', () => {
    const csv = toCsv({ header, rows });
    expect(csv).toContain('a,"Comma, inside",-74.08\r\n');
  });
});
