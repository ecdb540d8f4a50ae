import type { CheckedPart } from '../schema/validate';
import { RECORDS_PER_MESSAGE, type ReadReply } from './dataset-worker-protocol';
import { readDatasetText } from './read-dataset';
import { recordSpans } from './record-spans';

/**
 * What the dataset worker does with a file's text: parses and checks it, sending each part as soon
 * as it has passed, then the verdict (dataset-worker-protocol.ts). Records go as slices of the file's
 * own text, which the page parses, rather than as objects to clone: at 100k records cloning cost the
 * worker about as long as checking them. A record zod had to change (trimmed text) goes as its object.
 */
export function readInPieces(text: string, reply: (message: ReadReply) => void): void {
  let spans: Int32Array | null = null;
  const result = readDatasetText(
    text,
    (part, parsedAt, document) => {
      if (part.kind === 'head') {
        spans = recordSpans(text, part.recordCount);
        reply({ type: 'head', head: part.head, recordCount: part.recordCount, parsedAt });
      } else if (spans === null) reply({ type: 'records', records: part.records });
      else reply(recordsAsText(text, spans, part, document));
    },
    RECORDS_PER_MESSAGE,
  );
  reply(
    result.ok
      ? { type: 'done', validatedAt: result.validatedAt }
      : { type: 'failure', failure: result.failure },
  );
}

function recordsAsText(
  text: string,
  spans: Int32Array,
  { start, records }: Extract<CheckedPart, { kind: 'records' }>,
  document: unknown,
): ReadReply {
  const given = (document as { records: unknown[] }).records;
  const changed: [number, (typeof records)[number]][] = [];
  records.forEach((record, at) => {
    if (record !== given[start + at]) changed.push([at, record]);
  });
  const end = start + records.length;
  return { type: 'records-text', text: `[${text.slice(spans[2 * start], spans[2 * end - 1])}]`, changed };
}
