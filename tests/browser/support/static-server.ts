import { startNginx, type RunningNginx } from './nginx';

export type RunningServer = RunningNginx;

/**
 * Serves a build folder as an operator's host would: Debian's nginx with the shipped
 * deploy/nginx.conf, so tests, the benchmark and the timing budgets measure what users get.
 */
export function serveBuild(outDir: string, port: number, base = '/'): Promise<RunningServer> {
  return startNginx(outDir, port, base);
}
