import Papa from 'papaparse';

/** One spreadsheet cell: text, a number (kept numeric), or empty. */
export type CsvCell = string | number | null;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

// Characters a spreadsheet reads as the start of a formula (OWASP's list: =, +, -, @, tab, carriage
// return). The data may come from anywhere, so a title like "=HYPERLINK(...)" must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet by prefixing a formula-like value with a single
 * quote. Numbers stay numbers: -74.08 is a longitude, not a formula.
 */
export function neutraliseFormula(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The byte order mark that tells Excel the file is UTF-8; without it, "Hà Nội" opens as mojibake. */
export const UTF8_BOM = '\uFEFF';

/**
 * A CSV document (RFC 4180: CRLF line ends, quotes only where needed) with a UTF-8 byte order mark.
 * Quoting of commas, quotes and line breaks is left to papaparse, never done by hand.
 */
export function toCsv(table: CsvTable): string {
  const body = Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\r\n' });
  return `${UTF8_BOM}${body}\r\n`;
}
