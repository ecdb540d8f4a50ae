import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../../src/data/api/read-dataset';
import { readingPlace, startDatasetReader, type DatasetReader } from '../../../src/data/api/read-off-thread';

/** The file in uneven chunks, one boundary inside a multi-byte character, as a network would deliver it. */
function datasetChunks(): Uint8Array[] {
  const file = new Uint8Array(readFileSync('mocks/data/dataset.json'));
  const split = file.findIndex((byte) => byte >= 0x80) + 1;
  expect(split).toBeGreaterThan(0);
  return [file.slice(0, split), file.slice(split, split + 5000), file.slice(split + 5000)];
}

/** Hands the reader each chunk, as the download does, then asks for the dataset. */
function readAll(reader: DatasetReader, chunks: Uint8Array[]) {
  for (const chunk of chunks) reader.add(chunk);
  return reader.read();
}

describe('reading a file from its chunks', () => {
  it('reads the same dataset as from one piece, even with a character split between chunks', () => {
    const chunks = datasetChunks();
    const whole = new Uint8Array(readFileSync('mocks/data/dataset.json'));
    const fromChunks = readDataset(chunks);
    const fromWhole = readDataset([whole]);
    expect(fromChunks.ok && fromWhole.ok).toBe(true);
    if (fromChunks.ok && fromWhole.ok) expect(fromChunks.dataset).toEqual(fromWhole.dataset);
  });
});

describe('the dataset reader', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads on the page’s thread when the browser refuses to start its worker', async () => {
    const refusingWorker = vi.fn(function RefusedWorker() {
      throw new DOMException('Refused to create a worker', 'SecurityError');
    });
    vi.stubGlobal('Worker', refusingWorker);
    const reader = startDatasetReader('worker');
    const { model } = await readAll(reader, datasetChunks());
    expect(refusingWorker).toHaveBeenCalledOnce();
    expect(model.dataset.records.length).toBeGreaterThan(0);
  });

  it('does not start a worker for a file it reads on the thread', async () => {
    const worker = vi.fn(function UnwantedWorker() {});
    vi.stubGlobal('Worker', worker);
    const { model } = await readAll(startDatasetReader('thread'), datasetChunks());
    expect(worker).not.toHaveBeenCalled();
    expect(model.dataset.records.length).toBeGreaterThan(0);
  });
});

describe('where a file is read', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('reads a file of up to a megabyte there', () => {
    expect(readingPlace(headers({ 'Content-Length': '190023' }))).toBe('thread');
    expect(readingPlace(headers({ 'Content-Length': '1000000' }))).toBe('thread');
    expect(readingPlace(headers({ 'Content-Length': '1000001' }))).toBe('worker');
  });

  it('judges a compressed file by about a tenth of that', () => {
    expect(readingPlace(headers({ 'Content-Length': '35000', 'Content-Encoding': 'gzip' }))).toBe('thread');
    expect(readingPlace(headers({ 'Content-Length': '200000', 'Content-Encoding': 'br' }))).toBe('worker');
  });

  it('judges a file of unknown size (nginx streaming gzip sends no length) by the bytes as they arrive', () => {
    expect(readingPlace(headers({ 'Content-Encoding': 'gzip' }))).toBe('by-bytes-seen');
    expect(readingPlace(headers({ 'Content-Length': 'lots' }))).toBe('by-bytes-seen');
  });
});
