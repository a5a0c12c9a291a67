/**
 * `npm start`: build the console, start the sandbox (flyteadmin stand-in + external IdP) and serve the console
 * with a matching config.json.
 *
 *   --auth internal|external|none   auth mode of the sandbox admin (default internal)
 *   --token-ttl <seconds>           access token lifetime (default 1800)
 *   --console-port <n>              default 8080  (http://localhost:8080/console/)
 *   --admin-port <n>                default 8089  (http://localhost:8089)
 *   --idp-port <n>                  default 8090  (http://127.0.0.1:8090/realms/flyte)
 *   --no-build                      serve the existing dist/ as is
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startConsoleServer, type ConsoleServer } from './console-server.ts';
import { DEMO_USERS, startSandbox, type Sandbox, type SandboxAuth } from './index.ts';

const USAGE =
  'usage: npm start -- [--auth internal|external|none] [--token-ttl <s>] [--console-port <n>] [--admin-port <n>] [--idp-port <n>] [--no-build]';

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`--${name} must be a port number (got "${value}")`);
  return n;
}

function build(): Promise<void> {
  return new Promise((ok, ko) => {
    const child = spawn(resolve('node_modules/.bin/vite'), ['build'], { stdio: 'inherit' });
    const stop = () => child.kill('SIGTERM');
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.on('error', ko);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (code === 0) ok();
      else
        ko(new Error(signal ? `vite build stopped by ${signal}` : `vite build failed (exit code ${code})`));
    });
  });
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        auth: { type: 'string', default: 'internal' },
        'token-ttl': { type: 'string' },
        'console-port': { type: 'string' },
        'admin-port': { type: 'string' },
        'idp-port': { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const auth = values.auth as SandboxAuth;
  if (!['internal', 'external', 'none'].includes(auth))
    fail(`--auth must be internal, external or none\n${USAGE}`);
  const ttl = values['token-ttl'] === undefined ? undefined : Number(values['token-ttl']);
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 1))
    fail('--token-ttl must be a whole number of seconds >= 1');

  if (!values['no-build']) {
    try {
      await build();
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    }
  }

  let server: ConsoleServer | undefined;
  let sandbox: Sandbox | undefined;
  const stopAll = async () => {
    await Promise.allSettled([server?.close(), sandbox?.close()]);
  };
  try {
    server = await startConsoleServer({
      distDir: resolve('dist'),
      port: port(values['console-port'], 8080, 'console-port'),
    });
    sandbox = await startSandbox({
      auth,
      consoleOrigin: server.origin,
      adminPort: port(values['admin-port'], 8089, 'admin-port'),
      idpPort: port(values['idp-port'], 8090, 'idp-port'),
      accessTokenTtl: ttl,
    });
  } catch (err) {
    await stopAll();
    const e = err as NodeJS.ErrnoException;
    fail(
      e.code === 'EADDRINUSE'
        ? `port ${String((e as { port?: number }).port ?? '')} is already in use (another npm start?); pick another with --console-port/--admin-port/--idp-port`
        : e.message,
    );
  }
  server.setConfig(sandbox.consoleConfig());

  const lines = [
    '',
    `  Flyte Console   ${server.url}`,
    `  Auth mode       ${auth}${auth === 'internal' ? ' (flyteadmin internal authorization server)' : auth === 'external' ? ' (external IdP)' : ' (no sign-in)'}`,
    `  Admin           ${sandbox.adminUrl}`,
    `  External IdP    ${sandbox.idpIssuer}`,
    `  Controls        ${sandbox.adminUrl}/sandbox`,
    `  Token lifetime  ${sandbox.controls.state().accessTokenTtl} s`,
  ];
  if (auth !== 'none') {
    lines.push(
      `  Demo users      ${DEMO_USERS.map((u) => `${u.name} <${u.email}>`).join(', ')} (any password)`,
    );
  }
  lines.push('', '  Ctrl-C stops everything.', '');
  console.log(lines.join('\n'));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the console and the sandbox...`);
    void stopAll().then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
