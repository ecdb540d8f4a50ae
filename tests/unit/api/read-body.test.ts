import { describe, expect, it } from 'vitest';
import { readBodyChunks } from '../../../src/data/api/read-body';

const streamOf = (chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

const joined = (chunks: Uint8Array[]) => new TextDecoder().decode(Buffer.concat(chunks));

describe('reading a response body in chunks', () => {
  it('gives back every byte, in order', async () => {
    const encoder = new TextEncoder();
    const sent = ['{"records": [', '{"id": "r1", "title": "Кам', 'боджа"}', ']}'].map((part) =>
      encoder.encode(part),
    );
    const chunks = await readBodyChunks(new Response(streamOf(sent)));
    expect(joined(chunks)).toBe('{"records": [{"id": "r1", "title": "Камбоджа"}]}');
  });

  it('gives an empty list for an empty body', async () => {
    const chunks = await readBodyChunks(new Response(streamOf([])));
    expect(chunks).toEqual([]);
  });

  it('lets other tasks run while it reads a long body', async () => {
    // A body of many chunks that are all there at once: without a pause, reading them holds the thread.
    const sent = Array.from({ length: 2000 }, () => new Uint8Array(64 * 1024));
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    const slowNow = performance.now.bind(performance);
    let calls = 0;
    // Each read appears to take 1 ms, so the 25 ms slice runs out many times over.
    const clock = () => slowNow() + (calls += 1);
    const original = performance.now;
    performance.now = clock;
    try {
      const chunks = await readBodyChunks(new Response(streamOf(sent)));
      expect(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)).toBe(2000 * 64 * 1024);
    } finally {
      performance.now = original;
    }
    expect(timerRan).toBe(true);
  });
});
