import type { CheckedPart } from '../schema/validate';
import { RECORDS_PER_MESSAGE, type ReadReply } from './dataset-worker-protocol';
import { readDatasetText, TextOfChunks } from './read-dataset';
import { RecordListScanner, recordSpans } from './record-spans';

/**
 * The dataset worker's reading: the chunks are decoded, and the records list's items found, as they
 * come, while the rest of the file downloads; both are done by the time it has arrived. Then the
 * text is read in pieces (readInPieces).
 */
export class ChunkedDatasetReader {
  private readonly text = new TextOfChunks();
  private readonly scanner = new RecordListScanner();

  add(chunk: Uint8Array): void {
    this.scanner.feed(this.text.add(chunk));
  }

  end(reply: (message: ReadReply) => void): void {
    const whole = this.text.end();
    this.scanner.feed(whole.slice(this.scanner.length));
    readInPieces(whole, reply, this.scanner.finish());
  }
}

/**
 * What the dataset worker does with a file's text: parses and checks it, sending each part as soon
 * as it has passed, then the verdict (dataset-worker-protocol.ts). Records go as slices of the file's
 * own text, which the page parses, rather than as objects to clone: at 100k records cloning cost the
 * worker about as long as checking them. A record zod had to change (trimmed text) goes as its object.
 */
export function readInPieces(
  text: string,
  reply: (message: ReadReply) => void,
  scanned: readonly number[] | null = null,
): void {
  let spans: readonly number[] | Int32Array | null = null;
  const result = readDatasetText(
    text,
    (part, parsedAt, document) => {
      if (part.kind === 'head') {
        // Spans read while the file downloaded (RecordListScanner) when there are, else read now.
        spans = scanned?.length === part.recordCount * 2 ? scanned : recordSpans(text, part.recordCount);
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
  spans: readonly number[] | Int32Array,
  { start, records }: Extract<CheckedPart, { kind: 'records' }>,
  document: unknown,
): ReadReply {
  const given = (document as { records: unknown[] }).records;
  const changed: [number, (typeof records)[number]][] = [];
  records.forEach((record, at) => {
    if (record !== given[start + at]) changed.push([at, record]);
  });
  const end = start + records.length;
  return { type: 'records-text', text: `[${text.slice(spans[2 * start]!, spans[2 * end - 1]!)}]`, changed };
}
