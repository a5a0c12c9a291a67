import { http, HttpResponse, type HttpHandler } from 'msw';

/**
 * Small MSW stand-ins for the login shell's unit tests: flyteadmin (discovery on its grpc-gateway paths with the
 * exact-Accept behaviour, the internal OAuth2 server, /me, one data route) and an external OIDC IdP.
 * The token endpoints check PKCE S256, the redirect URI and the client id like the real servers do.
 */
export const ADMIN = 'https://admin.test';
export const IDP = 'https://idp.test/realms/flyte';
export const CLIENT_ID = 'flyteconsole';

export interface MockAuthOptions {
  /** flyteadmin answers 501 on its auth routes. */
  authOff?: boolean;
  /** flyteadmin proxies the external IdP's metadata (trimmed, as flyteadmin does). */
  adminProxiesIdp?: boolean;
  accessTokenTtl?: number;
  /** Send RFC 9207 `iss`-capable metadata. */
  issParameter?: boolean;
}

type TokenFault = { status: number; body?: unknown } | 'network';

interface CodeGrant {
  challenge: string;
  redirectUri: string;
  clientId: string;
  scope: string;
  nonce: string | null;
  issuer: string;
}

const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export function unsignedJwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.c2ln`;
}

async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return b64url(String.fromCharCode(...new Uint8Array(digest)));
}

const snake = (request: Request) => request.headers.get('accept') === 'application/json';

export function createMockAuth(options: MockAuthOptions = {}) {
  let serial = 0;
  const codes = new Map<string, CodeGrant>();
  const refreshTokens = new Map<string, { scope: string; issuer: string; sub: string }>();
  const validTokens = new Set<string>();
  const counters = { token: 0, refresh: 0, code: 0, revoke: 0, me: 0, data: 0, data401: 0 };
  const faults = { token: [] as TokenFault[], data401: 0 };
  const seen = { dataHeaders: [] as (string | null)[], metadataAccept: [] as (string | null)[] };

  const adminMetadata = () =>
    options.adminProxiesIdp
      ? {
          issuer: IDP,
          authorization_endpoint: `${IDP}/protocol/openid-connect/auth`,
          token_endpoint: `${IDP}/protocol/openid-connect/token`,
          jwks_uri: `${IDP}/protocol/openid-connect/certs`,
          code_challenge_methods_supported: ['S256'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access', 'all'],
        }
      : {
          issuer: ADMIN,
          authorization_endpoint: `${ADMIN}/oauth2/authorize`,
          token_endpoint: `${ADMIN}/oauth2/token`,
          jwks_uri: `${ADMIN}/oauth2/jwks`,
          code_challenge_methods_supported: ['S256'],
          scopes_supported: ['all'],
          grant_types_supported: ['client_credentials', 'refresh_token', 'authorization_code'],
          device_authorization_endpoint: '',
        };
  const idpMetadata = () => ({
    issuer: IDP,
    authorization_endpoint: `${IDP}/protocol/openid-connect/auth`,
    token_endpoint: `${IDP}/protocol/openid-connect/token`,
    end_session_endpoint: `${IDP}/protocol/openid-connect/logout`,
    revocation_endpoint: `${IDP}/protocol/openid-connect/revoke`,
    userinfo_endpoint: `${IDP}/protocol/openid-connect/userinfo`,
    jwks_uri: `${IDP}/protocol/openid-connect/certs`,
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    ...(options.issParameter ? { authorization_response_iss_parameter_supported: true } : {}),
  });
  const camel = (body: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]),
    );
  const gateway = (request: Request, body: Record<string, unknown>) =>
    options.authOff
      ? HttpResponse.json({ code: 12, message: 'not implemented', details: [] }, { status: 501 })
      : HttpResponse.json(snake(request) ? body : camel(body));

  function mint(issuer: string, scope: string, sub: string, nonce: string | null) {
    serial += 1;
    const access = `at-${serial}`;
    validTokens.add(access);
    const body: Record<string, unknown> = {
      access_token: access,
      token_type: 'bearer',
      expires_in: options.accessTokenTtl ?? 1800,
      scope,
    };
    const offline = scope.split(' ').some((s) => s === 'offline' || s === 'offline_access');
    if (offline) {
      const refresh = `rt-${serial}`;
      refreshTokens.set(refresh, { scope, issuer, sub });
      body.refresh_token = refresh;
    }
    if (issuer === IDP && scope.split(' ').includes('openid')) {
      const now = Math.floor(Date.now() / 1000);
      body.id_token = unsignedJwt({
        iss: IDP,
        aud: CLIENT_ID,
        sub,
        exp: now + 300,
        iat: now,
        ...(nonce ? { nonce } : {}),
        name: 'Grace Hopper',
        email: 'grace@example.com',
      });
    }
    return body;
  }

  async function tokenEndpoint(request: Request, issuer: string) {
    counters.token += 1;
    const fault = faults.token.shift();
    if (fault === 'network') return HttpResponse.error();
    if (fault) return HttpResponse.json(fault.body ?? {}, { status: fault.status });
    const form = new URLSearchParams(await request.text());
    const error = (description: string, code = 'invalid_grant') =>
      HttpResponse.json({ error: code, error_description: description }, { status: 400 });
    if (form.get('client_id') !== CLIENT_ID) return error('unknown client', 'invalid_client');
    if (form.get('grant_type') === 'authorization_code') {
      counters.code += 1;
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (!grant || grant.issuer !== issuer) return error('unknown or used code');
      if (grant.redirectUri !== form.get('redirect_uri')) return error('redirect_uri mismatch');
      if ((await s256(form.get('code_verifier') ?? '')) !== grant.challenge)
        return error('PKCE verification failed');
      return HttpResponse.json(mint(issuer, grant.scope, 'ada', grant.nonce));
    }
    if (form.get('grant_type') === 'refresh_token') {
      counters.refresh += 1;
      const token = form.get('refresh_token') ?? '';
      const held = refreshTokens.get(token);
      refreshTokens.delete(token); // rotation
      if (!held || held.issuer !== issuer) return error('refresh token invalid or used');
      return HttpResponse.json(mint(issuer, held.scope, held.sub, null));
    }
    return error('unsupported grant', 'unsupported_grant_type');
  }

  const bearer = (request: Request) => {
    const header = request.headers.get('flyte-authorization');
    return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
  };
  const unauthorized = () =>
    HttpResponse.json({ code: 16, message: 'unauthenticated', details: [] }, { status: 401 });

  const handlers: HttpHandler[] = [
    http.get(`${ADMIN}/.well-known/oauth-authorization-server`, ({ request }) => {
      seen.metadataAccept.push(request.headers.get('accept'));
      return gateway(request, adminMetadata());
    }),
    http.get(`${ADMIN}/config/v1/flyte_client`, ({ request }) =>
      gateway(request, {
        client_id: 'flytectl',
        redirect_uri: 'http://localhost:53593/callback',
        scopes: options.adminProxiesIdp ? ['all'] : ['all', 'offline'],
        authorization_metadata_key: 'flyte-authorization',
        service_http_endpoint: '',
        audience: '',
      }),
    ),
    http.post(`${ADMIN}/oauth2/token`, ({ request }) => tokenEndpoint(request, ADMIN)),
    http.get(`${ADMIN}/me`, ({ request }) => {
      counters.me += 1;
      if (!validTokens.has(bearer(request) ?? '')) return unauthorized();
      return HttpResponse.json({ subject: 'ada', name: 'Ada Lovelace', email: 'ada@example.com' });
    }),
    http.get(`${ADMIN}/api/v1/projects`, ({ request }) => {
      counters.data += 1;
      seen.dataHeaders.push(request.headers.get('flyte-authorization'));
      if (faults.data401 > 0) {
        faults.data401 -= 1;
        counters.data401 += 1;
        return unauthorized();
      }
      if (!validTokens.has(bearer(request) ?? '')) {
        counters.data401 += 1;
        return unauthorized();
      }
      return HttpResponse.json({ projects: [{ id: 'flytesnacks', name: 'flytesnacks' }], token: '' });
    }),
    http.get(`${IDP}/.well-known/openid-configuration`, () => HttpResponse.json(idpMetadata())),
    http.post(`${IDP}/protocol/openid-connect/token`, ({ request }) => tokenEndpoint(request, IDP)),
    http.post(`${IDP}/protocol/openid-connect/revoke`, () => {
      counters.revoke += 1;
      return new HttpResponse(null, { status: 200 });
    }),
    http.get(`${IDP}/protocol/openid-connect/userinfo`, () =>
      HttpResponse.json({ sub: 'ada', name: 'Grace Hopper', picture: `${IDP}/avatar.png` }),
    ),
  ];

  /** What the authorization endpoint would do: remember the request and mint a code for it. */
  function authorize(authorizeUrl: string): { code: string; state: string; redirectUri: string } {
    const url = new URL(authorizeUrl);
    const p = url.searchParams;
    const issuer = url.href.startsWith(IDP) ? IDP : ADMIN;
    serial += 1;
    const code = `code-${serial}`;
    codes.set(code, {
      challenge: p.get('code_challenge') ?? '',
      redirectUri: p.get('redirect_uri') ?? '',
      clientId: p.get('client_id') ?? '',
      scope: p.get('scope') ?? '',
      nonce: p.get('nonce'),
      issuer,
    });
    return { code, state: p.get('state') ?? '', redirectUri: p.get('redirect_uri') ?? '' };
  }

  /** The callback URL the browser would come back to. */
  function callbackUrl(authorizeUrl: string, extra: Record<string, string> = {}): string {
    const { code, state, redirectUri } = authorize(authorizeUrl);
    const url = new URL(redirectUri);
    url.searchParams.set('code', code);
    url.searchParams.set('state', state);
    // Like a server announcing RFC 9207 support: iss is sent unless the test says otherwise ("" = leave out).
    const params = { ...(options.issParameter ? { iss: IDP } : {}), ...extra };
    for (const [k, v] of Object.entries(params)) if (v !== '') url.searchParams.set(k, v);
    return url.href;
  }

  return {
    handlers,
    counters,
    faults,
    seen,
    authorize,
    callbackUrl,
    revokeAccessTokens: () => validTokens.clear(),
    /** Accepts a token minted outside the mock (e.g. a canned token endpoint answer). */
    trust: (token: string) => validTokens.add(token),
  };
}

export type MockAuth = ReturnType<typeof createMockAuth>;
