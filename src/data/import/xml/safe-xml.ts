// XML parsing for imported files: the same code in Node (CLI, tests) and in the app's Web Worker,
// which has no DOMParser of its own, so @xmldom/xmldom serves both.
// Files come from strangers: a document type declaration is refused before the parser sees it, so
// no entity is ever expanded (an "entity bomb" grows a few hundred bytes into gigabytes) and no
// external DTD or entity is ever fetched. Parse errors become problems with a line, never a crash.
import { DOMParser, ParseError, normalizeLineEndings, type Document } from '@xmldom/xmldom';
import { MAX_IMPORT_CHARS, type ImportProblem } from '../types';

export type SafeXmlOutcome = { ok: true; document: Document } | { ok: false; problems: ImportProblem[] };

// DOCTYPE is where entities are declared; ENTITY is checked too in case of a malformed declaration.
const DECLARATION = /<!(DOCTYPE|ENTITY)\b/i;

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line += 1;
  }
  return line;
}

function refusedDeclaration(text: string, fileName: string): ImportProblem | null {
  const match = DECLARATION.exec(text);
  if (!match) return null;
  return {
    file: fileName,
    line: lineAt(text, match.index),
    message:
      `the file declares a document type (<!${match[1]?.toUpperCase()}>): such declarations can define ` +
      'entities that expand without limit or fetch other files, so the importer refuses them; ' +
      'IATI files never need one',
  };
}

/** Parses `text` as XML, or says why not: too large, a DOCTYPE/ENTITY declaration, or not well-formed. */
export function parseXmlSafely(text: string, fileName: string): SafeXmlOutcome {
  if (text.length > MAX_IMPORT_CHARS) {
    const megabytes = Math.round(MAX_IMPORT_CHARS / (1024 * 1024));
    return {
      ok: false,
      problems: [
        { file: fileName, message: `the file is larger than ${megabytes} MB of text and was not read` },
      ],
    };
  }
  const declaration = refusedDeclaration(text, fileName);
  if (declaration) return { ok: false, problems: [declaration] };

  const start = /\S/.exec(text.replace(/^\uFEFF/, ''));
  if (!start || start[0] !== '<') {
    const message = start
      ? 'the file is not XML: it does not start with "<" (an IATI file starts with <?xml or <iati-activities>)'
      : 'the file is empty';
    return { ok: false, problems: [{ file: fileName, line: 1, message }] };
  }

  const problems: ImportProblem[] = [];
  const parser = new DOMParser({
    // xmldom rewrites the whole text to normalise line ends; skip that copy when there is nothing to
    // normalise (about a tenth of the parse time on a 10 MB file).
    normalizeLineEndings: (source) =>
      /[\r\u0085\u2028]/.test(source) ? normalizeLineEndings(source) : source,
    // Warnings (e.g. a missing XML declaration) are harmless; errors such as an undefined entity
    // would leave text silently missing, so they stop the import like a fatal error does.
    onError: (level, message, context: unknown) => {
      if (level === 'warning') return;
      const line = locatorLine(context);
      problems.push({
        file: fileName,
        message: `not well-formed XML: ${message}`,
        ...(line ? { line } : {}),
      });
      throw new Error(message);
    },
  });
  try {
    const document = parser.parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, document };
  } catch (error) {
    if (problems.length > 0) {
      const line = error instanceof ParseError ? locatorLine(error) : undefined;
      // The handler records the message; the ParseError knows where the parser stopped.
      return { ok: false, problems: problems.map((p) => (p.line || !line ? p : { ...p, line })) };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file: fileName, message: `not well-formed XML: ${message}` }] };
  }
}

// xmldom's handler context and its ParseError carry a `locator` with the line the parser reached.
function locatorLine(holder: unknown): number | undefined {
  if (typeof holder !== 'object' || holder === null || !('locator' in holder)) return undefined;
  const locator: unknown = holder.locator;
  if (typeof locator !== 'object' || locator === null || !('lineNumber' in locator)) return undefined;
  const line = locator.lineNumber;
  return typeof line === 'number' && line > 0 ? line : undefined;
}
