import type { Page } from 'playwright-core';

/** Live JavaScript heap in MB after a full garbage collection, so what is left is what the page holds. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: objects with finalizers or weak references survive the first collection.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1_000_000;
  } finally {
    await cdp.detach();
  }
}
