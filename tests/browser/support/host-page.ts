import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext } from '@playwright/test';

/** A partner's page on another origin (another port), holding the embed code our dialog produced. */
export async function serveHostPage(
  port: number,
  embedCode: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title>
<link rel="icon" href="data:,"></head><body>
<h1>A partner's page</h1><p style="height:600px">Text above the embed.</p>
${embedCode}
<p style="height:1500px">Text below the embed.</p></body></html>`;
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A browser context like a reader's whose browser refuses third-party storage and cookies: inside
 * any frame, touching localStorage, sessionStorage or document.cookie throws, as Safari and
 * Chrome's blocking settings make it. An embed that used them would break on such a page.
 */
export async function contextRefusingFrameStorage(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (window === window.top) return;
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: refuse });
    Object.defineProperty(window, 'sessionStorage', { get: refuse });
    Object.defineProperty(document, 'cookie', { get: refuse, set: refuse });
  });
  return context;
}
