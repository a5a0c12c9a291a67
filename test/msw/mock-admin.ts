// flyteadmin for unit tests: discovery routes, the internal authorization server's /oauth2/token and jwks,
// /me, and /api/v1/* served by the shared REST core over a seeded store. Calls are validated, not assumed.
import type { JWTPayload } from 'jose';
import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { createAdminApi } from '../fixtures/admin-api.ts';
import type { FlyteClientConfig } from '../fixtures/admin-types.ts';
import { toGatewayJson } from '../fixtures/grpc-gateway-json.ts';
import { createSeededStore } from '../fixtures/seeded-store.ts';
import type { AdminStore, SeededStoreOptions } from '../fixtures/seeded-store.ts';
import { authenticate, unauthenticated, userInfoFromClaims } from './admin-auth.ts';
import type { AuthOutcome } from './admin-auth.ts';
import {
  externalServerMetadata,
  flyteClientConfig,
  internalServerMetadata,
} from '../fixtures/auth-discovery.ts';
import { signingKey, signJwt } from './crypto-keys.ts';
import { createControls } from './mock-controls.ts';
import type { MockIdp } from './mock-idp.ts';
import type { GrantResult, IssueCodeInput, MockUser } from './oauth-grants.ts';
import { codeRequestFromAuthorizeUrl, createGrantStore, DEFAULT_USER } from './oauth-grants.ts';
import { nowSeconds, randomToken, tokenJson } from './oauth-utils.ts';

export interface MockAdminOptions {
  origin?: string;
  /** flyteadmin with `useAuth: false`: discovery routes answer 501 and data is open. */
  authOff?: boolean;
  /** 'self' = flyteadmin's internal authorization server; 'external' = tokens come from `idp`. */
  authServer?: 'self' | 'external';
  idp?: MockIdp;
  clientConfig?: Partial<FlyteClientConfig>;
  /** External mode: audiences accepted besides the public URL. */
  allowedAudience?: string[];
  store?: AdminStore;
  storeOptions?: SeededStoreOptions;
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  user?: Partial<MockUser>;
}

export interface AdminMintOptions {
  user?: Partial<MockUser>;
  scopes?: string[];
  expiresInSeconds?: number;
  audience?: string | string[];
  clientId?: string;
}

const notImplemented = () =>
  HttpResponse.json(
    { code: 12, message: 'auth is not enabled on this server', details: [] },
    { status: 501 },
  );

export function createMockAdmin(options: MockAdminOptions = {}) {
  const origin = (options.origin ?? 'https://admin.test').replace(/\/$/, '');
  const mode = options.authServer ?? 'self';
  if (mode === 'external' && !options.idp) throw new Error('createMockAdmin: external mode needs the idp');
  const store = options.store ?? createSeededStore({ bigProjectExecutions: 500, ...options.storeOptions });
  const api = createAdminApi(store);
  const controls = createControls();
  const defaultUser: MockUser = { ...DEFAULT_USER, ...options.user };
  const accessTtl = options.accessTokenTtlSeconds ?? 1800;
  const grants = createGrantStore(
    { codeTtlSeconds: 300, refreshTtlSeconds: options.refreshTokenTtlSeconds ?? 3600, defaultUser },
    controls,
  );
  const clientConfig = flyteClientConfig(options.clientConfig);
  const issuedTokenIds: string[] = [];

  /** Access token as the internal server issues it: aud is the public URL, scp an array, user_info inside. */
  async function mintAccessToken(mint: AdminMintOptions = {}): Promise<string> {
    const user = { ...defaultUser, ...mint.user };
    const iat = nowSeconds();
    const jti = randomToken(12);
    issuedTokenIds.push(jti);
    return signJwt('admin', {
      iss: origin,
      sub: user.sub,
      aud: mint.audience ?? [origin],
      iat,
      exp: iat + (mint.expiresInSeconds ?? accessTtl),
      jti,
      scp: mint.scopes ?? ['all', 'offline'],
      client_id: mint.clientId ?? 'flyteconsole',
      user_info: {
        name: user.name,
        preferred_username: user.preferred_username,
        given_name: user.given_name,
        family_name: user.family_name,
        email: user.email,
      },
    });
  }

  async function tokenResponse(result: GrantResult): Promise<Response> {
    // Only the scopes the server knows are granted; there is no OIDC here, so never an id_token.
    const scope = result.scope.filter((s) => s === 'all' || s === 'offline');
    const body: Record<string, unknown> = {
      access_token: await mintAccessToken({ user: result.user, scopes: scope, clientId: result.clientId }),
      token_type: 'bearer',
      expires_in: accessTtl,
      scope: scope.join(' '),
    };
    if (scope.includes('offline')) body.refresh_token = grants.issueRefreshToken({ ...result, scope });
    return tokenJson(body);
  }

  const authSettings = {
    origin,
    headerName: clientConfig.authorization_metadata_key,
    key: async () => (await signingKey(mode === 'self' ? 'admin' : 'idp')).publicKey,
    allowedAudience: options.allowedAudience ?? [],
  };

  /** Faults first (a test asked for them), then real validation. */
  async function guard(request: Request): Promise<AuthOutcome> {
    if (controls.faults.unauthorizedDataCalls > 0) {
      controls.faults.unauthorizedDataCalls -= 1;
      return { ok: false, message: 'injected: token rejected' };
    }
    if (options.authOff) return { ok: true, claims: {} };
    const outcome = await authenticate(request, authSettings);
    if (outcome.ok && controls.faults.expiredTokenIds.includes(String(outcome.claims.jti)))
      return { ok: false, message: 'failed to validate token: token is expired' };
    return outcome;
  }

  const json = (request: Request, status: number, body: unknown) =>
    HttpResponse.json(toGatewayJson(body, request.headers.get('accept')) as Record<string, unknown>, {
      status,
    });

  const record = (request: Request, status: number) => {
    const url = new URL(request.url);
    controls.counters.apiRequests.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      status,
    });
  };

  const handlers: HttpHandler[] = [
    http.get(`${origin}/.well-known/oauth-authorization-server`, ({ request }) => {
      controls.counters.discoveryRequests += 1;
      if (options.authOff) return notImplemented();
      const body =
        mode === 'self'
          ? internalServerMetadata(origin)
          : externalServerMetadata(options.idp?.discovery ?? {});
      return json(request, 200, body);
    }),
    http.get(`${origin}/config/v1/flyte_client`, ({ request }) => {
      controls.counters.discoveryRequests += 1;
      return options.authOff ? notImplemented() : json(request, 200, clientConfig);
    }),
    http.get(`${origin}/.well-known/openid-configuration`, () => {
      if (options.authOff || !options.idp)
        return HttpResponse.json({ code: 5, message: 'Not Found', details: [] }, { status: 404 });
      return HttpResponse.redirect(`${options.idp.issuer}/.well-known/openid-configuration`, 303);
    }),
    http.get(`${origin}/login`, () =>
      HttpResponse.json({ code: 5, message: 'Not Found', details: [] }, { status: 404 }),
    ),
    http.post(`${origin}/oauth2/token`, ({ request }) =>
      mode === 'self' && !options.authOff
        ? grants.handleTokenRequest(request, tokenResponse)
        : HttpResponse.json({ code: 5, message: 'Not Found', details: [] }, { status: 404 }),
    ),
    http.get(`${origin}/oauth2/jwks`, async () =>
      HttpResponse.json({ keys: [(await signingKey('admin')).jwk] }),
    ),
    http.get(`${origin}/me`, async ({ request }) => {
      if (options.authOff) return notImplemented();
      const auth = await guard(request);
      record(request, auth.ok ? 200 : 401);
      return auth.ok
        ? json(request, 200, userInfoFromClaims(auth.claims))
        : unauthenticated(auth.message, origin);
    }),
    http.all(`${origin}/api/v1/*`, async ({ request }) => {
      const url = new URL(request.url);
      if (controls.faults.networkErrors > 0) {
        controls.faults.networkErrors -= 1;
        record(request, 0);
        return HttpResponse.error();
      }
      const auth = await guard(request);
      if (!auth.ok) {
        record(request, 401);
        return unauthenticated(auth.message, origin);
      }
      if (controls.faults.forbiddenPaths.some((p) => url.pathname.startsWith(p))) {
        record(request, 403);
        return HttpResponse.json({ code: 7, message: 'permission denied', details: [] }, { status: 403 });
      }
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
      const principal = typeof auth.claims.sub === 'string' ? auth.claims.sub : '';
      const result = api.handle({
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        body,
        accept: request.headers.get('accept'),
        principal,
      });
      record(request, result.status);
      return HttpResponse.json(result.body as Record<string, unknown>, { status: result.status });
    }),
  ];

  return {
    origin,
    store,
    api,
    handlers,
    controls,
    clientConfig,
    /** Internal server: mints a code as if the browser had gone through /oauth2/authorize and the login. */
    issueCode: (input: IssueCodeInput) => grants.issueCode(input),
    /** Internal server: the console's authorize URL in, the callback URL (code + state) out. */
    authorizeRedirect(authorizeUrl: string, user?: Partial<MockUser>): string {
      const request = codeRequestFromAuthorizeUrl(authorizeUrl);
      if (!request.state || request.state.length < 8)
        throw new Error('flyteadmin requires a state of at least 8 characters');
      const code = grants.issueCode(user ? { ...request, user } : request);
      const callback = new URL(request.redirectUri);
      callback.searchParams.set('code', code);
      callback.searchParams.set('scope', request.scope);
      callback.searchParams.set('state', request.state);
      return callback.toString();
    },
    /** Internal-server access token for pre-seeding a signed-in user (negative expiresInSeconds = expired). */
    mintAccessToken,
    /** Internal server: a live refresh token, as if `scope` had been granted at a sign-in. */
    issueRefreshToken: (scope = ['all', 'offline'], clientId = 'flyteconsole') =>
      grants.issueRefreshToken({
        clientId,
        scope,
        user: defaultUser,
        nonce: undefined,
        grant: 'authorization_code',
        authTime: nowSeconds(),
      }),
    /** From now on every access token issued so far (here or at the IdP) is refused as expired; new ones pass. */
    expireIssuedTokens(): void {
      controls.faults.expiredTokenIds.push(...issuedTokenIds, ...(options.idp?.issuedTokenIds ?? []));
    },
    /** The claims a valid token carries, for assertions. */
    async verify(request: Request): Promise<JWTPayload | null> {
      const outcome = await authenticate(request, authSettings);
      return outcome.ok ? outcome.claims : null;
    },
  };
}

export type MockAdmin = ReturnType<typeof createMockAdmin>;
