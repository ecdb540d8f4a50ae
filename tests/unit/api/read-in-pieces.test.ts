import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/dataset';
import { DatasetLoadError } from '../../../src/data/api/dataset-errors';
import type { ReadReply } from '../../../src/data/api/dataset-worker-protocol';
import type { DatasetReader } from '../../../src/data/api/read-off-thread';
import type { ReadRequest } from '../../../src/data/api/dataset-worker-protocol';
import { ChunkedDatasetReader } from '../../../src/data/api/read-in-pieces';
import { startDatasetReader } from '../../../src/data/api/read-off-thread';
import { formatProblem } from '../../../src/data/schema/validate';
import { buildModel } from '../../../src/data/selectors/model';
import { recordIndex, type RecordIndex } from '../../../src/data/selectors/record-index';

// jsdom has no Worker. This stand-in runs what dataset-worker.ts runs (ChunkedDatasetReader: the
// chunks' text and the records' places in it as they come, then each part sent as it passes) and delivers its replies as a worker would: structured-cloned, each in a task of its
// own. The page's side, which puts the model and its index together from the pieces, is the real one.
class PieceByPieceWorker {
  onmessage: ((event: MessageEvent<ReadReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: ReadReply['type'][] = [];
  constructor() {
    workers.push(this);
  }
  private readonly reader = new ChunkedDatasetReader();
  chunks = 0;
  postMessage(request: ReadRequest) {
    if (request.type === 'chunk') {
      this.reader.add(structuredClone(request.chunk));
      this.chunks += 1;
      return;
    }
    const replies: ReadReply[] = [];
    this.reader.end((reply) => replies.push(reply));
    this.sent = replies.map((reply) => reply.type);
    void (async () => {
      for (const reply of replies) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ReadReply>);
      }
    })();
  }
  terminate() {}
}
const workers: PieceByPieceWorker[] = [];

const synthetic = generateDataset({ records: 5000, seed: 3 });
/** The file in chunks of 64 kB, as a network delivers it, the last cut inside a record. */
const chunksOf = (document: unknown) => {
  const bytes = new TextEncoder().encode(JSON.stringify(document));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.slice(at, at + 65_536));
  return chunks;
};
function readAll(reader: DatasetReader, chunks: Uint8Array[]) {
  for (const chunk of chunks) reader.add(chunk);
  return reader.read();
}
const withoutDataset = (index: RecordIndex) => ({ ...index, dataset: null });

describe('reading a large file through the worker, piece by piece', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    workers.length = 0;
  });

  it('builds the same model and record index as reading the file at once', async () => {
    vi.stubGlobal('Worker', PieceByPieceWorker);
    const { model } = await readAll(startDatasetReader('worker'), chunksOf(synthetic));
    expect(workers[0]!.chunks).toBeGreaterThan(20);
    // The records came in several batches, each indexed on arrival.
    expect(workers[0]!.sent).toEqual(['head', ...Array(5).fill('records-text'), 'done']);

    const atOnce = buildModel(synthetic);
    expect(model.dataset).toEqual(synthetic);
    expect([...model.recordsById.keys()]).toEqual([...atOnce.recordsById.keys()]);
    expect(model.organisationsById).toEqual(atOnce.organisationsById);
    const pieced = recordIndex(model);
    expect(pieced.dataset).toBe(model.dataset);
    expect(withoutDataset(pieced)).toEqual(withoutDataset(recordIndex(atOnce)));
  });

  it('fails on an invalid record near the end, naming it, although earlier batches were sent', async () => {
    vi.stubGlobal('Worker', PieceByPieceWorker);
    const broken = structuredClone(synthetic);
    const last = broken.records.at(-1)!;
    last.title = '';
    const read = readAll(startDatasetReader('worker'), chunksOf(broken));
    const error = await read.catch((caught: unknown) => caught);
    expect(workers[0]!.sent).toEqual(['head', ...Array(4).fill('records-text'), 'failure']);
    expect(error).toBeInstanceOf(DatasetLoadError);
    const failure = (error as DatasetLoadError).failure;
    expect(failure.kind === 'invalid' && failure.problems.map(formatProblem)).toEqual([
      `records › ${last.id} › title: must not be empty`,
    ]);
  });

  it('sends a record zod had to trim as zod gave it, and the model holds the trimmed text', async () => {
    vi.stubGlobal('Worker', PieceByPieceWorker);
    const padded = structuredClone(synthetic);
    const record = padded.records[2345]!;
    record.title = `  ${record.title}\t`;
    const { model } = await readAll(startDatasetReader('worker'), chunksOf(padded));
    expect(model.dataset.records[2345]!.title).toBe(synthetic.records[2345]!.title);
    expect(model.recordsById.get(record.id)).toBe(model.dataset.records[2345]);
    expect(model.dataset).toEqual(synthetic);
  });
});

describe('a file of unknown size (a compressed response with no Content-Length)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    workers.length = 0;
  });

  it('hands a file over a megabyte to a worker once that much has arrived, the early chunks included', async () => {
    vi.stubGlobal('Worker', PieceByPieceWorker);
    const chunks = chunksOf(synthetic);
    const reader = startDatasetReader('by-bytes-seen');
    const megabyteAt = Math.floor(1_000_000 / 65_536) + 1;
    chunks.slice(0, megabyteAt - 1).forEach((chunk) => reader.add(chunk));
    expect(workers).toHaveLength(0);
    chunks.slice(megabyteAt - 1).forEach((chunk) => reader.add(chunk));
    expect(workers).toHaveLength(1);
    const { model } = await reader.read();
    expect(workers[0]!.chunks).toBe(chunks.length);
    expect(model.dataset).toEqual(synthetic);
  });

  it('reads a smaller file on the page’s thread without starting a worker', async () => {
    vi.stubGlobal('Worker', PieceByPieceWorker);
    const small = generateDataset({ records: 300, seed: 3 });
    const { model } = await readAll(startDatasetReader('by-bytes-seen'), chunksOf(small));
    expect(workers).toHaveLength(0);
    expect(model.dataset).toEqual(small);
  });
});
