import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import Provider, { errors, type ClientMetadata, type Configuration } from 'oidc-provider';
import { oidcClaims, type AccountRegistry } from './account-registry.ts';
import { autoConsent } from './auto-consent.ts';
import type { ControlHooks, SandboxControls } from './controls.ts';
import { closeServer, listen, readBody, sendJson } from './http-util.ts';
import { createInteractionRoutes, interactionPath } from './interactions.ts';
import { mountProvider } from './mount-provider.ts';
import { logoutSource, postLogoutSuccessSource, renderError } from './provider-pages.ts';
import type { SigningKeys } from './signing-keys.ts';
import { tokenEndpointHooks } from './token-endpoint-hooks.ts';

/**
 * A Keycloak-like external OIDC IdP: issuer `http://127.0.0.1:<port>/realms/flyte`, endpoints under
 * `/protocol/openid-connect/*`, discovery in both the openid-configuration and oauth-authorization-server forms,
 * PKCE required, refresh tokens (rotated), userinfo, revocation and RP-initiated logout. Access tokens are JWTs
 * for the admin (aud = admin URL) carrying Keycloak-style profile claims and an `scp` array that always holds
 * `all` (as if `all` were a default client scope of the `flyteconsole` client), so that flyteadmin accepts them.
 */
export const REALM_PREFIX = '/realms/flyte';
const OIDC = '/protocol/openid-connect';

export interface ExternalIdpOptions {
  host?: string;
  port?: number;
  adminUrl: string;
  consoleOrigin: string;
  accounts: AccountRegistry;
  controls: SandboxControls & ControlHooks;
  keys: SigningKeys;
}

export interface ExternalIdp {
  issuer: string;
  provider: Provider;
  server: Server;
  close(): Promise<void>;
}

export function idpClients(consoleOrigin: string): ClientMetadata[] {
  return [
    {
      client_id: 'flyteconsole',
      client_name: 'Flyte Console',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [`${consoleOrigin}/console/callback`, `${consoleOrigin}/console/silent-callback.html`],
      post_logout_redirect_uris: [`${consoleOrigin}/console/signed-out`],
    },
    {
      client_id: 'flytectl',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['http://localhost:53593/callback'],
    },
  ];
}

function allowCors(req: IncomingMessage, res: ServerResponse, consoleOrigin: string): boolean {
  const origin = req.headers.origin;
  if (origin !== consoleOrigin) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Authorization',
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return true;
  }
  return false;
}

export async function startExternalIdp(o: ExternalIdpOptions): Promise<ExternalIdp> {
  const host = o.host ?? '127.0.0.1';
  const server = createServer();
  const port = await listen(server, host, o.port ?? 0);
  const issuer = `http://${host}:${port}${REALM_PREFIX}`;
  const { controls } = o;

  const configuration: Configuration = {
    clients: idpClients(o.consoleOrigin),
    jwks: o.keys.privateJwks,
    findAccount: o.accounts.findAccount,
    routes: {
      authorization: `${OIDC}/auth`,
      token: `${OIDC}/token`,
      userinfo: `${OIDC}/userinfo`,
      end_session: `${OIDC}/logout`,
      revocation: `${OIDC}/revoke`,
      introspection: `${OIDC}/token/introspect`,
      jwks: `${OIDC}/certs`,
    },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username', 'picture'],
      email: ['email', 'email_verified'],
    },
    pkce: { required: () => true },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: { session: 'KEYCLOAK_SESSION', interaction: 'KC_INTERACTION', resume: 'KC_RESUME' },
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      // A public client may revoke its own tokens (the console does so at sign-out).
      revocation: { enabled: true, allowedPolicy: () => true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => o.adminUrl,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== o.adminUrl) throw new errors.InvalidTarget();
          return {
            scope: 'all',
            audience: o.adminUrl,
            accessTokenFormat: 'jwt',
            accessTokenTTL: controls.state().accessTokenTtl,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    formats: {
      customizers: {
        jwt: (ctx, token, jwt) => {
          const payload = jwt.payload as Record<string, unknown>;
          const grant = ctx.oidc.entities.Grant;
          const granted = [
            ...(grant?.getOIDCScope().split(' ') ?? []),
            ...(typeof payload.scope === 'string' ? payload.scope.split(' ') : []),
          ].filter((s) => s && s !== 'offline_access');
          const scp = [...new Set([...granted, 'all'])];
          payload.scope = scp.join(' ');
          payload.scp = scp;
          payload.azp = payload.client_id;
          payload.typ = 'Bearer';
          const accountId = 'accountId' in token ? token.accountId : undefined;
          const user = accountId ? o.accounts.get(accountId) : undefined;
          if (user) {
            const { sub: _sub, ...claims } = oidcClaims(user, payload.scope as string);
            Object.assign(payload, claims);
          }
        },
      },
    },
    // Keycloak hands a public client a refresh token whenever it may use the grant.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    loadExistingGrant: autoConsent(),
    clientBasedCORS: (_ctx, origin) => origin === o.consoleOrigin,
    interactions: { url: (_ctx, interaction) => interactionPath(REALM_PREFIX, interaction.uid) },
    ttl: {
      AccessToken: () => controls.state().accessTokenTtl,
      RefreshToken: () => controls.state().refreshTokenTtl,
      IdToken: () => controls.state().accessTokenTtl,
      AuthorizationCode: 60,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    renderError,
  };

  const provider = new Provider(issuer, configuration);
  provider.use(
    tokenEndpointHooks({ tokenPath: `${OIDC}/token`, hooks: controls, corsOrigins: [o.consoleOrigin] }),
  );
  const forward = mountProvider(provider, REALM_PREFIX);
  const interactions = createInteractionRoutes({
    provider,
    prefix: REALM_PREFIX,
    heading: 'Sign in to Flyte (sandbox IdP)',
    accounts: o.accounts,
  });
  const keySet = createLocalJWKSet(o.keys.publicJwks);

  /** Keycloak's userinfo accepts its own access tokens whatever their audience; oidc-provider's does not. */
  async function userinfo(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (allowCors(req, res, o.consoleOrigin)) return;
    let token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token && req.method === 'POST')
      token = new URLSearchParams(await readBody(req)).get('access_token') ?? undefined;
    const challenge = (error: string, description: string) =>
      sendJson(
        res,
        401,
        { error, error_description: description },
        {
          'WWW-Authenticate': `Bearer realm="flyte", error="${error}", error_description="${description}"`,
        },
      );
    if (!token) return challenge('invalid_request', 'missing access token');
    try {
      const { payload } = await jwtVerify(token, keySet, { issuer });
      const user = typeof payload.sub === 'string' ? o.accounts.get(payload.sub) : undefined;
      if (!user) return challenge('invalid_token', 'unknown subject');
      sendJson(res, 200, oidcClaims(user, typeof payload.scope === 'string' ? payload.scope : 'openid'));
    } catch (err) {
      challenge('invalid_token', err instanceof Error ? err.message : 'invalid token');
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = new URL(req.url ?? '/', issuer).pathname;
      try {
        if (path === `/.well-known/oauth-authorization-server${REALM_PREFIX}`) {
          req.url = `${REALM_PREFIX}/.well-known/oauth-authorization-server`;
        }
        if (!path.startsWith(`${REALM_PREFIX}/`) && !req.url?.startsWith(`${REALM_PREFIX}/`)) {
          sendJson(res, 404, { error: 'Realm does not exist' });
          return;
        }
        if (await interactions(req, res)) return;
        if (req.url === `${REALM_PREFIX}/.well-known/oauth-authorization-server`) {
          forward(req, res, '/.well-known/openid-configuration');
          return;
        }
        if (path === `${REALM_PREFIX}${OIDC}/userinfo`) {
          await userinfo(req, res);
          return;
        }
        forward(req, res);
      } catch (err) {
        sendJson(res, 500, { error: 'server_error', error_description: String(err) });
      }
    })();
  });

  return { issuer, provider, server, close: () => closeServer(server) };
}
