import { execFile } from 'node:child_process';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { startSandbox, type Sandbox, type SandboxAuth } from '../sandbox/index.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { DIST_DIR } from './stack.ts';

/**
 * The console behind real nginx with exactly the shipped files of deploy/nginx/, in front of a copy of dist/
 * laid out as the image lays it out (<root>/console/). config.json and the CSP source lists come from the
 * image's own start-up renderer, so the policy under test is the one a container would serve.
 *
 * - `static`: nginx serves only the console; flyteadmin and the IdP are other origins (CORS, adminUrl).
 * - `one-origin`: flyteadmin's paths are proxied by the same nginx (deploy/nginx/flyteadmin-proxy.conf), as
 *   flyte-core's Ingress does; config.json then names no admin at all.
 */
export type NginxTopology = 'static' | 'one-origin';

export interface NginxStack {
  consoleOrigin: string;
  sandbox: Sandbox;
  nginx: RunningNginx;
  close(): Promise<void>;
}

const SHIPPED = resolve('deploy/nginx');
const run = promisify(execFile);

/**
 * What the image's start-up does: the mounted config.json goes through deploy/image/render-config-cli.ts into
 * the runtime folder, and <root>/console/config.json is a link to the file written there (see Dockerfile).
 */
async function renderLikeTheImage(prefix: string, config: unknown): Promise<void> {
  const mounted = join(prefix, 'mounted-config.json');
  const runtime = join(prefix, 'runtime');
  await writeFile(mounted, JSON.stringify(config));
  await run(process.execPath, ['--import', 'tsx', 'deploy/image/render-config-cli.ts'], {
    env: { PATH: process.env.PATH, CONSOLE_CONFIG_FILE: mounted, CONSOLE_RUNTIME_DIR: runtime },
  });
  const served = join(prefix, 'root', 'console', 'config.json');
  await rm(served, { force: true });
  await symlink(join(runtime, 'config.json'), served);
}

export async function startNginxStack(options: {
  auth: SandboxAuth;
  topology: NginxTopology;
  tokenTtl?: number;
}): Promise<NginxStack> {
  let sandbox: Sandbox | undefined;
  const oneOrigin = options.topology === 'one-origin';
  const nginx = await startNginx({
    http: (prefix, port, adminHost) => {
      const NGINX_DIR = join(prefix, 'flyte-console');
      return [
        `  include ${NGINX_DIR}/console-http.conf;`,
        oneOrigin ? `  upstream flyteadmin { server ${adminHost}; }` : '',
        '  server {',
        `    listen 127.0.0.1:${port};`,
        `    root ${join(prefix, 'root')};`,
        `    include ${join(prefix, 'runtime', 'csp.conf')};`,
        `    include ${NGINX_DIR}/console-server.conf;`,
        oneOrigin ? `    include ${NGINX_DIR}/flyteadmin-proxy.conf;` : '',
        '  }',
      ].join('\n');
    },
    // The sandbox needs the console's origin before it starts, and nginx the sandbox's address: start
    // the sandbox between picking the port and writing the config.
    prepare: async (prefix, port) => {
      // Byte-for-byte copies: nginx runs as nobody under root, and the checkout may not be readable to it.
      await cp(SHIPPED, join(prefix, 'flyte-console'), {
        recursive: true,
        filter: (f) => !f.endsWith('.ts'),
      });
      await mkdir(join(prefix, 'root'), { mode: 0o755 });
      await cp(DIST_DIR, join(prefix, 'root', 'console'), { recursive: true });
      const origin = `http://localhost:${port}`;
      sandbox = await startSandbox({
        auth: options.auth,
        consoleOrigin: origin,
        publicUrl: oneOrigin ? origin : undefined,
        accessTokenTtl: options.tokenTtl,
      });
      const proposed = sandbox.consoleConfig() as { adminUrl?: string; auth: object };
      const config = oneOrigin ? { auth: proposed.auth } : proposed;
      await renderLikeTheImage(prefix, config);
      return new URL(sandbox.adminListenUrl).host;
    },
  }).catch(async (error: unknown) => {
    await sandbox?.close();
    throw error;
  });
  if (!sandbox) throw new Error('sandbox did not start');
  const running = sandbox;
  return {
    consoleOrigin: `http://localhost:${nginx.port}`,
    sandbox: running,
    nginx,
    close: async () => {
      await Promise.all([nginx.close(), running.close()]);
    },
  };
}
