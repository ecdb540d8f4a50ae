// Parsing JSON text for the importers: a syntax error becomes a problem that names the file and
// the line, never an exception.
import type { ImportProblem } from './types';

export type JsonParse = { ok: true; value: unknown } | { ok: false; problem: ImportProblem };

/** Parses a file's text as JSON (a leading byte-order mark is allowed). */
export function parseJsonText(fileName: string, text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says where it stopped as "at position N"; people read lines.
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : lineAt(text, Number(position));
    return {
      ok: false,
      problem: {
        file: fileName,
        ...(line === undefined ? {} : { line }),
        message: `is not valid JSON (${message})`,
      },
    };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index += 1) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

/** "data.flows[3].amountUSD" from ["data", "flows", 3, "amountUSD"]. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .filter((step): step is string | number => typeof step !== 'symbol')
    .map((step, position) => (typeof step === 'number' ? `[${step}]` : position === 0 ? step : `.${step}`))
    .join('');
}
