import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { startConsoleServer, type ConsoleServer } from '../sandbox/console-server.ts';
import { closeServer, listen } from '../sandbox/http-util.ts';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { DIST_DIR } from './stack.ts';

/**
 * The one-origin topology of flyte-core's ingress and flyte-binary: one host serves the console under /console
 * and forwards flyteadmin's paths to the admin, so the browser sends the admin's cookies with the console's calls.
 * A small reverse proxy in front of a console server and the admin stand-in (internal authorization server, whose
 * public URL is the proxy's origin). Reusable by any e2e test that needs this topology.
 */
export const ADMIN_PREFIXES = ['/api', '/me', '/.well-known', '/config', '/oauth2', '/login', '/logout'];

export interface OneOrigin {
  /** The single origin, e.g. http://localhost:41234 */
  origin: string;
  consoleUrl: string;
  sandbox: Sandbox;
  console: ConsoleServer;
  close(): Promise<void>;
}

function forwardTo(target: string, req: IncomingMessage, res: import('node:http').ServerResponse): void {
  const url = new URL(req.url ?? '/', target);
  // Host stays the public one, as an ingress keeps it: the admin builds its URLs from it.
  const upstream = httpRequest(url, { method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end('Bad gateway');
  });
  req.pipe(upstream);
}

const isAdminPath = (path: string) => ADMIN_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

export async function startOneOrigin(options: { tokenTtl?: number } = {}): Promise<OneOrigin> {
  const targets: { admin?: string; console?: string } = {};
  const proxy: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const target = isAdminPath(path) ? targets.admin : targets.console;
    if (!target) res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Starting');
    else forwardTo(target, req, res);
  });
  const port = await listen(proxy, 'localhost', 0);
  const origin = `http://localhost:${port}`;
  const consoleServer = await startConsoleServer({ distDir: DIST_DIR });
  const sandbox = await startSandbox({
    auth: 'internal',
    consoleOrigin: origin,
    publicUrl: origin,
    accessTokenTtl: options.tokenTtl,
  });
  targets.admin = sandbox.adminListenUrl;
  targets.console = consoleServer.origin;
  // Same origin: the admin is "" (the console's own origin), discovered like any deployment would.
  consoleServer.setConfig({ adminUrl: '', auth: { mode: 'auto' } });
  return {
    origin,
    consoleUrl: `${origin}/console/`,
    sandbox,
    console: consoleServer,
    close: async () => {
      proxy.closeAllConnections();
      await Promise.all([closeServer(proxy), consoleServer.close(), sandbox.close()]);
    },
  };
}
