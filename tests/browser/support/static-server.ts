import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** Serves a build folder with `vite preview`, as an operator's static host would, and stops it afterwards. */
export async function serveBuild(outDir: string, port: number, base = '/'): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    './node_modules/.bin/vite',
    [
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--base',
      base,
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview did not start on ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
