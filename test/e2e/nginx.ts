import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's nginx for the e2e suite, run unprivileged: its own prefix, temp folders, pid file and error log in
 * a fresh temp folder, on a port picked by the OS, in the foreground so the test owns the process.
 */
const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'];

export function findNginx(): string | undefined {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Like ensureChromium: as root on Debian/Ubuntu installs the package, elsewhere says how and stops. */
export function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  if (process.env.NGINX_PATH) throw new Error(`NGINX_PATH=${process.env.NGINX_PATH} does not exist.`);
  const debian =
    existsSync('/etc/os-release') &&
    /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  if (process.getuid?.() === 0 && debian) {
    console.log('nginx not found: installing Debian package "nginx"…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findNginx();
    if (installed) return installed;
  }
  throw new Error(
    'No nginx found for the e2e tests: install it (Debian/Ubuntu: "sudo apt-get install nginx") or set NGINX_PATH.',
  );
}

/**
 * As root (CI), nginx would keep a root master process: hand the folder to nobody and run nginx as nobody, as
 * the image runs it as an unprivileged user. Otherwise nginx runs as the current user already.
 */
export async function asUnprivileged(folder: string): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, folder]);
  return { uid: NOBODY, gid: NOBODY };
}
const NOBODY = 65534;

/** A port that was free a moment ago (bound to 0 and released); nginx binds it right after. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export interface RunningNginx {
  prefix: string;
  port: number;
  errorLog(): string;
  close(): Promise<void>;
}

/**
 * Starts nginx with `http` as the body of the http block (upstreams, servers, includes). `prepare` runs once
 * the prefix and port are known (files, servers nginx proxies to) and hands its result to `http`.
 */
export async function startNginx<T>(options: {
  prepare: (prefix: string, port: number) => Promise<T>;
  http: (prefix: string, port: number, prepared: T) => string;
}): Promise<RunningNginx> {
  const binary = findNginx();
  if (!binary) throw new Error('No nginx: run the e2e suite through "npm run test:e2e".');
  const prefix = await mkdtemp(join(tmpdir(), 'flyte-console-nginx-'));
  await chmod(prefix, 0o755);
  const port = await freePort();
  const prepared = await options.prepare(prefix, port);
  const errorLog = join(prefix, 'error.log');
  const conf = join(prefix, 'nginx.conf');
  await writeFile(
    conf,
    [
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'worker_processes 1;',
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${join(prefix, `${kind}_temp`)};`,
      ),
      options.http(prefix, port, prepared),
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', conf, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(await asUnprivileged(prefix)),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const readLog = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}${readLog()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`nginx did not answer on port ${port}: ${stderr}${readLog()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    prefix,
    port,
    errorLog: readLog,
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
