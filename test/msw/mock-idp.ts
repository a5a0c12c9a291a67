// An external OIDC identity provider (Keycloak-style paths) for unit tests: discovery, JWKS, token endpoint
// with PKCE and refresh rotation, userinfo, revocation and end-session. Tokens are real RS256 JWTs.
import { jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { signingKey, signJwt } from './crypto-keys.ts';
import type { MockControls } from './mock-controls.ts';
import { createControls } from './mock-controls.ts';
import type { GrantResult, IssueCodeInput, MockUser } from './oauth-grants.ts';
import { codeRequestFromAuthorizeUrl, createGrantStore, DEFAULT_USER } from './oauth-grants.ts';
import { nowSeconds, randomToken, tokenJson } from './oauth-utils.ts';

export interface MockIdpOptions {
  issuer?: string;
  /** `aud` of access tokens; flyteadmin accepts its own public URL or an allowedAudience entry. */
  accessTokenAudience?: string | string[];
  /** Added to every access token's `scp`, like an IdP mapper granting flyteadmin's required `all`. */
  extraAccessTokenScopes?: string[];
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  user?: Partial<MockUser>;
  /** Set false to model IdPs without RP-initiated logout (Google) or revocation. */
  endSession?: boolean;
  revocation?: boolean;
  /** Revocation answers 200 with a text/html body ("OK"), as some servers do; RFC 7009 only asks for a 200. */
  revocationTextBody?: boolean;
}

export interface MintOptions {
  user?: Partial<MockUser>;
  scopes?: string[];
  expiresInSeconds?: number;
  audience?: string | string[];
  clientId?: string;
}

export function createMockIdp(options: MockIdpOptions = {}) {
  const issuer = (options.issuer ?? 'https://idp.test/realms/flyte').replace(/\/$/, '');
  const base = `${issuer}/protocol/openid-connect`;
  const endpoints = {
    authorization: `${base}/auth`,
    token: `${base}/token`,
    userinfo: `${base}/userinfo`,
    jwks: `${base}/certs`,
    endSession: `${base}/logout`,
    revocation: `${base}/revoke`,
  };
  const controls: MockControls = createControls();
  const defaultUser: MockUser = { ...DEFAULT_USER, ...options.user };
  const accessTtl = options.accessTokenTtlSeconds ?? 300;
  const grants = createGrantStore(
    { codeTtlSeconds: 60, refreshTtlSeconds: options.refreshTokenTtlSeconds ?? 1800, defaultUser },
    controls,
  );
  const revokedAccessTokens = new Set<string>();
  const issuedTokenIds: string[] = [];

  const discovery = {
    issuer,
    authorization_endpoint: endpoints.authorization,
    token_endpoint: endpoints.token,
    userinfo_endpoint: endpoints.userinfo,
    jwks_uri: endpoints.jwks,
    ...(options.endSession === false ? {} : { end_session_endpoint: endpoints.endSession }),
    ...(options.revocation === false ? {} : { revocation_endpoint: endpoints.revocation }),
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'name', 'email', 'preferred_username'],
    authorization_response_iss_parameter_supported: true,
  };

  async function mintAccessToken(mint: MintOptions = {}): Promise<string> {
    const user = { ...defaultUser, ...mint.user };
    const scopes = mint.scopes ?? ['openid', 'profile', 'email'];
    const iat = nowSeconds();
    const jti = randomToken(12);
    issuedTokenIds.push(jti);
    const claims: JWTPayload = {
      iss: issuer,
      sub: user.sub,
      aud: mint.audience ?? options.accessTokenAudience ?? 'https://admin.test',
      iat,
      exp: iat + (mint.expiresInSeconds ?? accessTtl),
      jti,
      scp: [...new Set([...scopes, ...(options.extraAccessTokenScopes ?? ['all'])])],
      scope: scopes.join(' '),
      client_id: mint.clientId ?? 'flyteconsole',
      azp: mint.clientId ?? 'flyteconsole',
      name: user.name,
      email: user.email,
      preferred_username: user.preferred_username,
    };
    return signJwt('idp', claims);
  }

  /** id_token with the claims oidc-client-ts checks: iss, aud = client_id, exp/iat, nonce (when one was sent), sub. */
  async function mintIdToken(result: GrantResult): Promise<string> {
    const iat = nowSeconds();
    const { user } = result;
    const override = controls.faults.idTokenClaims ?? {};
    controls.faults.idTokenClaims = null;
    return signJwt('idp', {
      iss: issuer,
      aud: result.clientId,
      azp: result.clientId,
      sub: user.sub,
      iat,
      exp: iat + accessTtl,
      auth_time: result.authTime,
      ...(result.nonce ? { nonce: result.nonce } : {}),
      name: user.name,
      given_name: user.given_name,
      family_name: user.family_name,
      email: user.email,
      email_verified: true,
      preferred_username: user.preferred_username,
      ...override,
    });
  }

  async function tokenResponse(result: GrantResult): Promise<Response> {
    const body: Record<string, unknown> = {
      access_token: await mintAccessToken({
        user: result.user,
        scopes: result.scope,
        clientId: result.clientId,
      }),
      token_type: 'Bearer',
      expires_in: accessTtl,
      scope: result.scope.join(' '),
    };
    if (result.scope.includes('openid')) body.id_token = await mintIdToken(result);
    if (result.scope.includes('offline_access')) {
      body.refresh_token = grants.issueRefreshToken(result);
      body.refresh_expires_in = options.refreshTokenTtlSeconds ?? 1800;
    }
    return tokenJson(body);
  }

  async function bearerClaims(request: Request): Promise<JWTPayload | null> {
    const token = /^Bearer (.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (!token || revokedAccessTokens.has(token)) return null;
    try {
      return (await jwtVerify(token, (await signingKey('idp')).publicKey, { issuer })).payload;
    } catch {
      return null;
    }
  }

  const discoveryHandler = () => {
    controls.counters.discoveryRequests += 1;
    return HttpResponse.json(discovery);
  };

  const handlers: HttpHandler[] = [
    http.get(`${issuer}/.well-known/openid-configuration`, discoveryHandler),
    http.get(`${issuer}/.well-known/oauth-authorization-server`, discoveryHandler),
    // RFC 8414 section 3.1: the well-known segment goes between the host and the issuer's path.
    http.get(
      `${new URL(issuer).origin}/.well-known/oauth-authorization-server${new URL(issuer).pathname}`,
      discoveryHandler,
    ),
    http.get(endpoints.jwks, async () => HttpResponse.json({ keys: [(await signingKey('idp')).jwk] })),
    http.post(endpoints.token, ({ request }) => grants.handleTokenRequest(request, tokenResponse)),
    http.all(endpoints.userinfo, async ({ request }) => {
      controls.counters.userinfoRequests += 1;
      const claims = await bearerClaims(request);
      if (!claims)
        return HttpResponse.json(
          { error: 'invalid_token' },
          { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
        );
      return HttpResponse.json({
        sub: claims.sub,
        name: claims.name,
        email: claims.email,
        preferred_username: claims.preferred_username,
        ...(defaultUser.picture ? { picture: defaultUser.picture } : {}),
      });
    }),
    http.post(endpoints.revocation, async ({ request }) => {
      if (options.revocation === false) return new HttpResponse(null, { status: 404 });
      const token = new URLSearchParams(await request.text()).get('token') ?? '';
      controls.counters.revokedTokens.push(token);
      grants.revoke(token);
      revokedAccessTokens.add(token);
      if (options.revocationTextBody)
        return new HttpResponse('OK', { status: 200, headers: { 'Content-Type': 'text/html' } });
      return new HttpResponse(null, { status: 200 });
    }),
    http.get(endpoints.endSession, ({ request }) => {
      if (options.endSession === false) return new HttpResponse(null, { status: 404 });
      controls.counters.endSessionRequests.push(request.url);
      const url = new URL(request.url);
      const target = url.searchParams.get('post_logout_redirect_uri');
      if (!target) return HttpResponse.text('You are signed out.');
      const back = new URL(target);
      const state = url.searchParams.get('state');
      if (state) back.searchParams.set('state', state);
      return HttpResponse.redirect(back.toString(), 302);
    }),
  ];

  return {
    issuer,
    endpoints,
    discovery,
    handlers,
    controls,
    /** Mints a code as if the user had signed in and consented (unit tests have no browser to do it). */
    issueCode: (input: IssueCodeInput) => grants.issueCode(input),
    /**
     * Like the IdP's login page: takes the console's authorize URL, returns the callback URL with code, state, iss.
     * `params` overrides callback parameters, e.g. `{ iss: 'https://evil.test' }`; '' leaves one out.
     */
    authorizeRedirect(
      authorizeUrl: string,
      user?: Partial<MockUser>,
      params: Record<string, string> = {},
    ): string {
      const request = codeRequestFromAuthorizeUrl(authorizeUrl);
      const code = grants.issueCode(user ? { ...request, user } : request);
      const callback = new URL(request.redirectUri);
      callback.searchParams.set('code', code);
      if (request.state) callback.searchParams.set('state', request.state);
      callback.searchParams.set('iss', issuer);
      for (const [key, value] of Object.entries(params))
        if (value === '') callback.searchParams.delete(key);
        else callback.searchParams.set(key, value);
      return callback.toString();
    },
    /** The IdP refusing the authorize request (e.g. login_required for prompt=none): error, state and iss. */
    authorizeError(authorizeUrl: string, error: string): string {
      const request = codeRequestFromAuthorizeUrl(authorizeUrl);
      const callback = new URL(request.redirectUri);
      callback.searchParams.set('error', error);
      if (request.state) callback.searchParams.set('state', request.state);
      callback.searchParams.set('iss', issuer);
      return callback.toString();
    },
    /** `jti`s of every access token minted so far (flyteadmin can be told to refuse them). */
    issuedTokenIds,
    mintAccessToken,
    /**
     * Verifies an access token the way flyteadmin does in external mode: signature only (no issuer check, no
     * introspection, so a token revoked at the IdP still passes); the caller checks `aud`.
     */
    async verifyAccessToken(token: string): Promise<JWTPayload> {
      return (await jwtVerify(token, (await signingKey('idp')).publicKey)).payload;
    },
  };
}

export type MockIdp = ReturnType<typeof createMockIdp>;
