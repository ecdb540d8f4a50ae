import { createServer, type Server } from 'node:http';

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
