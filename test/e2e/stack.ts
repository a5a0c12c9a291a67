import { resolve } from 'node:path';
import { startConsoleServer, type ConsoleServer } from '../sandbox/console-server.ts';
import { startSandbox, type Sandbox, type SandboxAuth } from '../sandbox/index.ts';

export const DIST_DIR = resolve(process.env.E2E_DIST ?? 'dist');

export interface StackOptions {
  auth: SandboxAuth;
  /** Rewrites the config.json the sandbox proposes (e.g. to switch the console's auth.mode). */
  config?: (base: Record<string, unknown>) => unknown;
  tokenTtl?: number;
  /** A fixed policy, or one built from the stack's origins (known only once the sandbox runs) and the path. */
  csp?: string | ((context: CspContext) => string);
  bigProjectExecutions?: number;
}

export interface CspContext {
  consoleOrigin: string;
  adminOrigin: string;
  idpOrigin: string;
  /** The requested path, e.g. /console/silent-callback.html. */
  path: string;
}

export interface Stack {
  consoleUrl: string;
  consoleOrigin: string;
  sandbox: Sandbox;
  server: ConsoleServer;
  close(): Promise<void>;
}

/** Console + sandbox on ephemeral ports, so e2e runs never clash with a developer's `npm start`. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { csp } = options;
  // Filled in once the sandbox runs; no HTML is served before that.
  const origins: { known?: Omit<CspContext, 'path'> } = {};
  const server = await startConsoleServer({
    distDir: DIST_DIR,
    csp:
      typeof csp === 'function'
        ? (path) => (origins.known ? csp({ ...origins.known, path }) : undefined)
        : csp,
  });
  const sandbox = await startSandbox({
    auth: options.auth,
    consoleOrigin: server.origin,
    accessTokenTtl: options.tokenTtl,
    bigProjectExecutions: options.bigProjectExecutions,
  });
  origins.known = {
    consoleOrigin: server.origin,
    adminOrigin: new URL(sandbox.adminUrl).origin,
    idpOrigin: new URL(sandbox.idpIssuer).origin,
  };
  const base = sandbox.consoleConfig() as Record<string, unknown>;
  server.setConfig(options.config ? options.config(base) : base);
  return {
    consoleUrl: server.url,
    consoleOrigin: server.origin,
    sandbox,
    server,
    close: async () => {
      await Promise.all([server.close(), sandbox.close()]);
    },
  };
}
