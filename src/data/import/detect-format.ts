// Which reader a file needs, from its content alone: names lie ("export.json" may be XML).
import { parseJsonText, stripBom } from './json-text';
import type { ImportFormat, ImportProblem } from './types';

export type Detection =
  | { ok: true; format: 'iati' }
  /** JSON formats hand on the parsed value so that a large file is parsed once. */
  | { ok: true; format: Exclude<ImportFormat, 'iati'>; json: unknown }
  | { ok: false; problem: ImportProblem };

const NOT_KNOWN = 'is not an IATI activity file, an FTS flow response or a dataset';

/** Detects IATI XML, an FTS flow-search response or one of our datasets. */
export function detectFormat(fileName: string, text: string): Detection {
  const body = stripBom(text).trimStart();
  if (body.startsWith('<')) return detectXml(fileName, body);
  if (body.startsWith('{') || body.startsWith('[')) return detectJson(fileName, text);
  return { ok: false, problem: { file: fileName, message: `${NOT_KNOWN}: it is neither XML nor JSON` } };
}

function detectXml(fileName: string, body: string): Detection {
  const root = rootElement(body);
  // A DOCTYPE goes to the IATI reader, which refuses it with its own message (entities are a risk).
  if (root === 'doctype' || root === 'iati-activities' || root === 'iati-activity') {
    return { ok: true, format: 'iati' };
  }
  const found = root === undefined ? 'no root element' : `root element <${root}>`;
  return { ok: false, problem: { file: fileName, message: `${NOT_KNOWN}: it is XML with ${found}` } };
}

/**
 * The name of the first element after the prolog (XML declaration, processing instructions,
 * comments, white space), "doctype" for a document type declaration, undefined if there is none.
 */
export function rootElement(body: string): string | undefined {
  let rest = body;
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) rest = after(rest, '?>');
    else if (rest.startsWith('<!--')) rest = after(rest, '-->');
    else break;
  }
  if (/^<!DOCTYPE/i.test(rest)) return 'doctype';
  return /^<([A-Za-z_][\w.-]*(?::[\w.-]+)?)/.exec(rest)?.[1];
}

function after(text: string, marker: string): string {
  const end = text.indexOf(marker);
  return end === -1 ? '' : text.slice(end + marker.length);
}

function detectJson(fileName: string, text: string): Detection {
  const parsed = parseJsonText(fileName, text);
  if (!parsed.ok) return parsed;
  const json = parsed.value;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const { data, schemaVersion } = json as { data?: unknown; schemaVersion?: unknown };
    if (typeof data === 'object' && data !== null && 'flows' in data)
      return { ok: true, format: 'fts', json };
    if (schemaVersion !== undefined) return { ok: true, format: 'dataset', json };
  }
  return {
    ok: false,
    problem: {
      file: fileName,
      message: `${NOT_KNOWN}: it is JSON without data.flows (FTS) or schemaVersion (dataset)`,
    },
  };
}
