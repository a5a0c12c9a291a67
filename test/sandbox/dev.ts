/**
 * `npm run dev`: Vite's dev server (hot module replacement) in front of the embedded sandbox, so a view edited
 * in src/ shows up signed in, without a build. The flyteadmin stand-in and the external IdP start with it,
 * register the dev server's origin (CORS, exact redirect URIs) and the dev server answers /console/config.json
 * for them, as `npm start` does for the built console.
 *
 *   --auth internal|external|none   auth mode of the sandbox admin (default internal)
 *   --token-ttl <seconds>           access token lifetime (default 1800)
 *   --port <n>                      dev server port, default 5173 (http://localhost:5173/console/); 0 picks one
 *   --admin-port <n>, --idp-port <n> default 8089 and 8090; 0 picks one
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { DEMO_USERS, startSandbox, type Sandbox, type SandboxAuth } from './index.ts';

export interface DevStackOptions {
  auth?: SandboxAuth;
  port?: number;
  adminPort?: number;
  idpPort?: number;
  accessTokenTtl?: number;
}

export interface DevStack {
  url: string;
  vite: ViteDevServer;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** Serves the sandbox's config.json ahead of Vite's own middlewares (and of public/config.json). */
function sandboxConfig(text: () => string | undefined): Plugin {
  return {
    name: 'sandbox-config',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${server.config.base}config.json`) return next();
        const body = text();
        res.statusCode = body === undefined ? 503 : 200;
        res.setHeader('Content-Type', body === undefined ? 'text/plain' : 'application/json');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body ?? 'The sandbox is still starting.');
      });
    },
  };
}

export async function startDevStack(options: DevStackOptions = {}): Promise<DevStack> {
  let configText: string | undefined;
  const vite = await createServer({
    server: { host: 'localhost', port: options.port ?? 5173, strictPort: true },
    plugins: [sandboxConfig(() => configText)],
    logLevel: 'warn',
  });
  let sandbox: Sandbox | undefined;
  try {
    await vite.listen();
    const url = vite.resolvedUrls?.local[0];
    if (!url) throw new Error('The dev server has no local URL.');
    sandbox = await startSandbox({
      auth: options.auth ?? 'internal',
      consoleOrigin: new URL(url).origin,
      adminPort: options.adminPort ?? 8089,
      idpPort: options.idpPort ?? 8090,
      accessTokenTtl: options.accessTokenTtl,
    });
    configText = JSON.stringify(sandbox.consoleConfig(), null, 2);
    const started = sandbox;
    return {
      url,
      vite,
      sandbox: started,
      close: async () => {
        await Promise.allSettled([vite.close(), started.close()]);
      },
    };
  } catch (error) {
    await Promise.allSettled([vite.close(), sandbox?.close()]);
    throw error;
  }
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`npm run dev: --${name} must be a whole number (got "${value}")`);
    process.exit(1);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      auth: { type: 'string', default: 'internal' },
      'token-ttl': { type: 'string' },
      port: { type: 'string' },
      'admin-port': { type: 'string' },
      'idp-port': { type: 'string' },
    },
    strict: true,
  });
  const auth = values.auth as SandboxAuth;
  if (!['internal', 'external', 'none'].includes(auth)) {
    console.error('npm run dev: --auth must be internal, external or none');
    process.exit(1);
  }
  const stack = await startDevStack({
    auth,
    port: number(values.port, 'port'),
    adminPort: number(values['admin-port'], 'admin-port'),
    idpPort: number(values['idp-port'], 'idp-port'),
    accessTokenTtl: number(values['token-ttl'], 'token-ttl'),
  }).catch((error: unknown) => {
    const e = error as NodeJS.ErrnoException;
    console.error(
      `npm run dev: ${e.code === 'EADDRINUSE' ? `a port is already in use (${e.message}); pick others with --port/--admin-port/--idp-port` : e.message}`,
    );
    process.exit(1);
  });
  console.log(
    [
      '',
      `  Flyte Console (dev, hot reload)  ${stack.url}`,
      `  Admin                            ${stack.sandbox.adminUrl}`,
      `  External IdP                     ${stack.sandbox.idpIssuer}`,
      `  Controls                         ${stack.sandbox.adminUrl}/sandbox`,
      auth === 'none' ? '' : `  Demo users  ${DEMO_USERS.map((u) => u.name).join(', ')} (any password)`,
      '',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
  const shutdown = () => void stack.close().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

// Run as a script (npm run dev), not when a test imports startDevStack.
if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) void main();
