import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Debian's nginx; the suite serves the build through the config operators deploy. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SHIPPED_CONFIG = 'deploy/nginx.conf';

/** Fails loudly, with the fix, when nginx is missing: the suite must test what operators run. */
export function assertNginxInstalled(): void {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `nginx was not found at ${NGINX_PATH}. Install it with ` +
        '`sudo apt-get update && sudo apt-get install -y nginx`, or point NGINX_PATH at an nginx binary.',
    );
  }
}

/**
 * The shipped server block with only its listen address and root changed: everything the suite
 * checks (headers, compression, caching, 404s) comes from deploy/nginx.conf as operators use it.
 */
export function shippedServerConfig(root: string, port: number): string {
  const shipped = readFileSync(SHIPPED_CONFIG, 'utf8');
  const withPort = shipped.replace(
    /^\s*listen 80;\n\s*listen \[::\]:80;\n/m,
    `    listen 127.0.0.1:${port};\n`,
  );
  const withRoot = withPort.replace(/^\s*root [^;]+;/m, `    root ${resolve(root)};`);
  if (withPort === shipped || withRoot === withPort) {
    throw new Error(`${SHIPPED_CONFIG} no longer has the "listen 80" and "root" lines the suite replaces.`);
  }
  return withRoot;
}

/** A whole nginx.conf around the shipped block, writing only inside `prefix` so no root is needed. */
function mainConfig(prefix: string, serverBlock: string): string {
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  return [
    // As root, nginx would hand its workers to "nobody", who may not read the checkout.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr error;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    serverBlock,
    '}',
  ].join('\n');
}

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Serves `outDir` with nginx and the shipped config at http://127.0.0.1:port{base}. A sub-path
 * base is served the way an operator would deploy it: the build sits at root{base}.
 */
export async function startNginx(outDir: string, port: number, base = '/'): Promise<RunningNginx> {
  assertNginxInstalled();
  const prefix = mkdtempSync(join(tmpdir(), 'dashboard-nginx-'));
  let root = resolve(outDir);
  if (base !== '/') {
    root = join(prefix, 'www');
    const mounted = join(root, base.replace(/^\/|\/$/g, ''));
    mkdirSync(dirname(mounted), { recursive: true });
    symlinkSync(resolve(outDir), mounted, 'dir');
  }
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, mainConfig(prefix, shippedServerConfig(root, port)));
  const check = spawnSync(NGINX_PATH, ['-t', '-q', '-p', prefix, '-c', configFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused ${SHIPPED_CONFIG}:\n${check.stderr}`);

  const child: ChildProcess = spawn(NGINX_PATH, ['-p', prefix, '-c', configFile, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}${base}`;
  await waitUntilServing(url, child);
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          done();
        });
        child.kill('SIGQUIT');
      }),
  };
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}) before serving ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`nginx did not start on ${url}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
}
