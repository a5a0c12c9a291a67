import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Serves a built console the way flyte-binary does: everything under /console/, `/console` redirected to
 * `/console/`, index.html for every other /console/* path. config.json is served from memory so that each
 * run (npm start, e2e, bench) writes its own without touching dist/.
 */
export interface ConsoleServerOptions {
  distDir: string;
  host?: string;
  port?: number;
  /** Served as /console/config.json; undefined answers 404 (the console then uses its defaults). */
  config?: unknown;
  /** Raw body for /console/config.json, for tests of malformed files. Wins over `config`. */
  configText?: string;
  /** Content-Security-Policy header for HTML responses; a function gets the path (per-file policies). */
  csp?: string | ((path: string) => string | undefined);
}

export interface ConsoleServer {
  url: string;
  origin: string;
  server: Server;
  setConfig(config: unknown): void;
  setConfigText(text: string | undefined): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const root = resolve(options.distDir);
  const host = options.host ?? 'localhost';
  let configText =
    options.configText ??
    (options.config === undefined ? undefined : JSON.stringify(options.config, null, 2));

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = decodeURIComponent(url.pathname);
      if (path === '/' || path === '/console') {
        res.writeHead(302, { Location: `/console/${url.search}` }).end();
        return;
      }
      if (!path.startsWith('/console/')) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      if (path === '/console/config.json') {
        if (configText === undefined) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        else
          res
            .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' })
            .end(configText);
        return;
      }
      const relative = normalize(path.slice('/console/'.length));
      const candidate = join(root, relative);
      const safe = candidate.startsWith(root) && !relative.startsWith('..');
      const file =
        safe && relative !== '.' && (await isFile(candidate)) ? candidate : join(root, 'index.html');
      const ext = extname(file);
      const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
      if (ext === '.html') {
        headers['Cache-Control'] = 'no-cache';
        const csp = typeof options.csp === 'function' ? options.csp(path) : options.csp;
        if (csp) headers['Content-Security-Policy'] = csp;
      } else if (relative.startsWith('assets/')) {
        headers['Cache-Control'] = 'public, max-age=31536000, immutable';
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res
          .writeHead(500, { 'Content-Type': 'text/plain' })
          .end(`Build missing: run "npm run build" (${root})`);
      }
    })();
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/console/`,
    origin,
    server,
    setConfig: (config) => {
      configText = JSON.stringify(config, null, 2);
    },
    setConfigText: (text) => {
      configText = text;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
