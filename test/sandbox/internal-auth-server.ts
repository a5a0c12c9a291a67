import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import Provider, { errors, type ClientMetadata, type Configuration } from 'oidc-provider';
import { userInfoClaim, type AccountRegistry } from './account-registry.ts';
import { autoConsent } from './auto-consent.ts';
import type { ControlHooks, SandboxControls } from './controls.ts';
import { createInteractionRoutes, interactionPath } from './interactions.ts';
import { setLoginCookies } from './login-cookie.ts';
import { renderError } from './provider-pages.ts';
import type { SigningKeys } from './signing-keys.ts';
import { tokenEndpointHooks } from './token-endpoint-hooks.ts';

/**
 * flyteadmin's internal ("Self") authorization server, mounted on flyteadmin's own paths /oauth2/authorize,
 * /oauth2/token and /oauth2/jwks with issuer = the admin URL. OAuth 2.0 only: no id_token, no userinfo, no
 * revocation, no end-session. JWT access tokens shaped like flyteadmin's (aud array, scp array, client_id,
 * user_info), refresh tokens only when `offline` was granted, rotated on every use.
 */
export interface InternalAuthServerOptions {
  adminUrl: string;
  consoleOrigin: string;
  accounts: AccountRegistry;
  controls: SandboxControls & ControlHooks;
  keys: SigningKeys;
}

export interface InternalAuthServer {
  provider: Provider;
  /** Handles /oauth2/* and the interaction routes; false for anything else. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/** Where the sign-in pages live: under flyteadmin's /login. */
const LOGIN_PREFIX = '/login';

/** Scopes flyteadmin's static clients may ask for. */
const ALLOWED_SCOPES = new Set(['all', 'offline']);

export function internalClients(consoleOrigin: string): ClientMetadata[] {
  const cli = (client_id: string, redirect: string): ClientMetadata => ({
    client_id,
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [redirect],
  });
  return [
    { ...cli('flyteconsole', `${consoleOrigin}/console/callback`), client_name: 'Flyte Console' },
    cli('flytectl', 'http://localhost:53593/callback'),
    cli('flyte-cli', 'http://localhost:12345/callback'),
    {
      client_id: 'flytepropeller',
      client_secret: 'foobar',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}

export function createInternalAuthServer(o: InternalAuthServerOptions): InternalAuthServer {
  const { adminUrl, controls } = o;
  const clients = internalClients(o.consoleOrigin);

  const configuration: Configuration = {
    clients,
    jwks: o.keys.privateJwks,
    findAccount: o.accounts.findAccount,
    routes: { authorization: '/oauth2/authorize', token: '/oauth2/token', jwks: '/oauth2/jwks' },
    scopes: ['openid', 'offline_access'],
    pkce: { required: () => true },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: {
        session: '_flyteadmin_session',
        interaction: '_flyteadmin_interaction',
        resume: '_flyteadmin_resume',
      },
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      revocation: { enabled: false },
      introspection: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => adminUrl,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== adminUrl) throw new errors.InvalidTarget();
          return {
            scope: 'all offline',
            audience: adminUrl,
            accessTokenFormat: 'jwt',
            accessTokenTTL: controls.state().accessTokenTtl,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    formats: {
      customizers: {
        jwt: (_ctx, token, jwt) => {
          const payload = jwt.payload as Record<string, unknown>;
          const scope = typeof payload.scope === 'string' ? payload.scope : '';
          delete payload.scope;
          payload.aud = [adminUrl];
          payload.scp = scope.split(' ').filter(Boolean);
          const accountId = 'accountId' in token ? token.accountId : undefined;
          const user = accountId ? o.accounts.get(accountId) : undefined;
          if (user) payload.user_info = userInfoClaim(user);
        },
      },
    },
    issueRefreshToken: (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && code.scopes.has('offline'),
    rotateRefreshToken: true,
    expiresWithSession: () => false,
    loadExistingGrant: autoConsent(),
    clientBasedCORS: (_ctx, origin) => origin === o.consoleOrigin,
    // flyteadmin's authorize sends the browser to its own /login (flyteadmin/auth/authzserver/authorize.go:131
    // at v1.16.8), so the sign-in step lives under /login: behind flyte-core's Ingress only flyteadmin's paths
    // (/login, /oauth2, ...) reach the admin, and a page elsewhere would be the console's.
    interactions: { url: (_ctx, interaction) => interactionPath(LOGIN_PREFIX, interaction.uid) },
    ttl: {
      AccessToken: () => controls.state().accessTokenTtl,
      ClientCredentials: () => controls.state().accessTokenTtl,
      RefreshToken: () => controls.state().refreshTokenTtl,
      AuthorizationCode: 300,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    renderError,
  };

  const provider = new Provider(adminUrl, configuration);
  provider.use(
    tokenEndpointHooks({
      tokenPath: '/oauth2/token',
      hooks: controls,
      corsOrigins: [o.consoleOrigin],
      lowercaseTokenType: true,
    }),
  );
  // fosite does not send RFC 9207's `iss` on the authorization response; oidc-provider always does. Drop it.
  provider.use(async (ctx, next) => {
    await next();
    const location = ctx.response.get('Location');
    if (ctx.path.startsWith('/oauth2/authorize') && location) {
      const target = new URL(location, adminUrl);
      if (target.searchParams.has('iss') && !target.href.startsWith(adminUrl)) {
        target.searchParams.delete('iss');
        ctx.set('Location', target.href);
      }
    }
  });
  const callback = provider.callback();
  const interactions = createInteractionRoutes({
    provider,
    prefix: LOGIN_PREFIX,
    heading: 'Sign in to flyteadmin (sandbox)',
    accounts: o.accounts,
    onSignIn: (res, user) =>
      setLoginCookies(res, { adminUrl, keys: o.keys, user, ttlSeconds: controls.state().loginCookieTtl }),
  });

  /** flyteadmin's authorize checks that oidc-provider does not make: GET only, state >= 8 chars, scopes all/offline. */
  function rejectAuthorize(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain' }).end('Method Not Allowed');
      return true;
    }
    const q = url.searchParams;
    const client = clients.find((c) => c.client_id === q.get('client_id'));
    const redirectUri = q.get('redirect_uri');
    if (!client || !redirectUri || !client.redirect_uris?.includes(redirectUri)) return false;
    const state = q.get('state') ?? '';
    const scopes = (q.get('scope') ?? '').split(' ').filter(Boolean);
    let error: [string, string] | undefined;
    if (state.length < 8) {
      error = [
        'invalid_state',
        'The state is missing or does not have enough characters and is therefore considered too weak. Request parameter "state" must be at least be 8 characters long to ensure sufficient entropy.',
      ];
    } else if (scopes.some((s) => !ALLOWED_SCOPES.has(s))) {
      error = [
        'invalid_scope',
        `The requested scope is invalid, unknown, or malformed. The OAuth 2.0 Client is not allowed to request scope "${scopes.find((s) => !ALLOWED_SCOPES.has(s))}".`,
      ];
    }
    if (!error) return false;
    const target = new URL(redirectUri);
    target.searchParams.set('error', error[0]);
    target.searchParams.set('error_description', error[1]);
    if (state) target.searchParams.set('state', state);
    res.writeHead(303, { Location: target.href }).end();
    return true;
  }

  return {
    provider,
    async handle(req, res) {
      const url = new URL(req.url ?? '/', adminUrl);
      if (await interactions(req, res)) return true;
      if (!url.pathname.startsWith('/oauth2/')) return false;
      if (url.pathname === '/oauth2/authorize' && rejectAuthorize(req, res, url)) return true;
      await callback(req, res);
      return true;
    },
  };
}
