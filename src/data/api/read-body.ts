import { nextTask } from '../next-task';

/** How long reading may hold the page's thread before it lets other work (input, drawing) run. */
const SLICE_MS = 25;

/**
 * A response's bytes, in the chunks they arrived in. `Response.arrayBuffer()` gathers the whole
 * body on the page's thread, and for a 65 MB dataset held it for over a second at a time
 * (docs/performance.md). Chunks that have already arrived are read in one task too, since each read
 * then resolves at once, so the loop hands the thread back every SLICE_MS. Joining the chunks is
 * left to the reader, in the worker for a large file.
 */
export async function readBodyChunks(response: Response): Promise<Uint8Array[]> {
  if (response.body === null) return [new Uint8Array(await response.arrayBuffer())];
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
