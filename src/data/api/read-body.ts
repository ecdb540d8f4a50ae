import { nextTask } from '../next-task';

/** How long reading may hold the page's thread before it lets other work (input, drawing) run. */
const SLICE_MS = 25;

/**
 * Hands over a response's bytes in the chunks they arrive in, as they arrive (the dataset reader
 * passes each on to its worker, which decodes it while the rest downloads). `Response.arrayBuffer()`
 * gathers the whole body on the page's thread, and for a 65 MB dataset held it for over a second at a
 * time (docs/performance.md). Chunks that have already arrived are read in one task too, since each
 * read then resolves at once, so the loop hands the thread back every SLICE_MS.
 */
export async function readBody(response: Response, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  if (response.body === null) {
    onChunk(new Uint8Array(await response.arrayBuffer()));
    return;
  }
  const reader = response.body.getReader();
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onChunk(value);
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}

/** A response's bytes, in the chunks they arrived in. */
export async function readBodyChunks(response: Response): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  await readBody(response, (chunk) => chunks.push(chunk));
  return chunks;
}
