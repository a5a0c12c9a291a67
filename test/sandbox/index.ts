import { createServer } from 'node:http';
import { createLocalJWKSet, createRemoteJWKSet, importJWK, SignJWT, type JWTPayload } from 'jose';
import { createAdminApi } from '../fixtures/admin-api.ts';
import { createSeededStore } from '../fixtures/seeded-store.ts';
import { createAccountRegistry } from './account-registry.ts';
import { createBearerVerifier } from './admin-auth.ts';
import { createAdminHandler } from './admin-server.ts';
import { createControls, type SandboxAuth, type SandboxControls } from './controls.ts';
import { startExternalIdp } from './external-idp.ts';
import { closeServer, listen } from './http-util.ts';
import { createInternalAuthServer } from './internal-auth-server.ts';
import { createSigningKeys } from './signing-keys.ts';

/**
 * The embedded sandbox: a flyteadmin stand-in (REST core from test/fixtures, internal authorization server,
 * Bearer validation, CORS, discovery routes) on `localhost`, and a Keycloak-like external IdP on `127.0.0.1`
 * (different hosts, so the two providers' cookies never collide). Used by `npm start`, the e2e suite and the bench.
 */
export type { SandboxAuth, SandboxControls } from './controls.ts';
export type { ControlPatch, ControlState, SandboxStats, TokenFault } from './controls.ts';
export { DEMO_USERS, type DemoUser } from './demo-users.ts';

export interface SandboxOptions {
  auth: SandboxAuth;
  /** Origin the console is served from, e.g. http://localhost:8080 (CORS, redirect URIs). */
  consoleOrigin: string;
  /** 0 or undefined = ephemeral. */
  adminPort?: number;
  /**
   * The URL browsers use for the admin when a proxy puts it on another origin (flyteadmin's `authorizedUris`
   * entry): issuer, endpoints and token audience are built from it. Default: the admin's own address.
   */
  publicUrl?: string;
  idpPort?: number;
  /** Seconds; default 1800 (flyteadmin's 30 min). */
  accessTokenTtl?: number;
  /** Seconds; default 3600 (flyteadmin's 60 min). */
  refreshTokenTtl?: number;
  seed?: number;
  bigProjectExecutions?: number;
}

export type ConsoleAuthMode = 'auto' | 'internal' | 'external' | 'none';

export interface Sandbox {
  /** e.g. http://localhost:8089 (no trailing slash); the public URL when one was given. */
  adminUrl: string;
  /** Where the admin really listens (what a proxy in front of it forwards to). */
  adminListenUrl: string;
  /** e.g. http://127.0.0.1:8090/realms/flyte */
  idpIssuer: string;
  auth: SandboxAuth;
  controls: SandboxControls;
  /** The console's config.json for this sandbox; `mode` overrides the auth mode the sandbox suggests. */
  consoleConfig(mode?: ConsoleAuthMode): object;
  /**
   * For tests: a JWT signed with the key the admin trusts in this mode (the internal server's key, or the IdP's).
   * Defaults: iss = that server, aud = [adminUrl], sub "ada", scp ["all","offline"], 5 min lifetime; `claims`
   * override them (set `exp` in the past for an expired token, another `aud` for a wrong audience).
   */
  signTestToken(claims?: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

export const DEFAULT_ACCESS_TOKEN_TTL = 1800;
export const DEFAULT_REFRESH_TOKEN_TTL = 3600;

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const consoleOrigin = new URL(options.consoleOrigin).origin;
  const controls = createControls({
    auth: options.auth,
    accessTokenTtl: options.accessTokenTtl ?? DEFAULT_ACCESS_TOKEN_TTL,
    refreshTokenTtl: options.refreshTokenTtl ?? DEFAULT_REFRESH_TOKEN_TTL,
  });
  const accounts = createAccountRegistry();
  const [adminKeys, idpKeys] = await Promise.all([createSigningKeys(), createSigningKeys()]);

  const adminServer = createServer();
  const adminPort = await listen(adminServer, 'localhost', options.adminPort ?? 0);
  const adminListenUrl = `http://localhost:${adminPort}`;
  const adminUrl = options.publicUrl ? new URL(options.publicUrl).origin : adminListenUrl;

  let idp;
  try {
    idp = await startExternalIdp({
      port: options.idpPort ?? 0,
      adminUrl,
      consoleOrigin,
      accounts,
      controls,
      keys: idpKeys,
    });
  } catch (err) {
    await closeServer(adminServer);
    throw err;
  }
  const idpIssuer = idp.issuer;

  const authServer =
    options.auth === 'internal'
      ? createInternalAuthServer({ adminUrl, consoleOrigin, accounts, controls, keys: adminKeys })
      : undefined;
  const authenticate =
    options.auth === 'internal'
      ? createBearerVerifier({
          mode: 'internal',
          adminUrl,
          issuer: adminUrl,
          loginCookie: true,
          keySet: createLocalJWKSet(adminKeys.publicJwks),
        })
      : options.auth === 'external'
        ? createBearerVerifier({
            mode: 'external',
            adminUrl,
            keySet: createRemoteJWKSet(new URL(`${idpIssuer}/protocol/openid-connect/certs`)),
          })
        : undefined;

  const store = createSeededStore({ seed: options.seed, bigProjectExecutions: options.bigProjectExecutions });
  const api = createAdminApi(store);
  const handler = createAdminHandler({
    auth: options.auth,
    adminUrl,
    consoleOrigin,
    idpIssuer,
    api,
    controls,
    authenticate,
    authServer,
  });
  adminServer.on('request', (req, res) => void handler(req, res));

  const running = idp;
  return {
    adminUrl,
    adminListenUrl,
    idpIssuer,
    auth: options.auth,
    controls,
    consoleConfig(mode) {
      // auth off is for the console to discover (flyteadmin's 501s), as it would against a real admin.
      const wanted: ConsoleAuthMode = mode ?? (options.auth === 'external' ? 'external' : 'auto');
      if (wanted === 'external') {
        return { adminUrl, auth: { mode: 'external', issuer: idpIssuer, clientId: 'flyteconsole' } };
      }
      return { adminUrl, auth: { mode: wanted } };
    },
    async signTestToken(claims = {}) {
      const external = options.auth === 'external';
      const jwk = (external ? idpKeys : adminKeys).privateJwks.keys[0];
      if (!jwk) throw new Error('no signing key');
      const now = Math.floor(Date.now() / 1000);
      const payload: JWTPayload = {
        iss: external ? idpIssuer : adminUrl,
        aud: [adminUrl],
        sub: 'ada',
        scp: ['all', 'offline'],
        client_id: 'flyteconsole',
        iat: now,
        exp: now + 300,
        jti: crypto.randomUUID(),
        ...claims,
      };
      return new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'at+jwt' })
        .sign(await importJWK(jwk, 'RS256'));
    },
    async close() {
      await Promise.all([closeServer(adminServer), running.close()]);
    },
  };
}
