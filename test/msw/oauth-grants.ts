// Authorization codes and refresh tokens shared by the mocked IdP and flyteadmin's internal server:
// PKCE S256 checked against the challenge recorded when the code was minted, single-use codes, and refresh
// token rotation (a used refresh token is dead).
import { HttpResponse } from 'msw';
import type { GrantType, MockControls } from './mock-controls.ts';
import { takeTokenFault } from './mock-controls.ts';
import { isValidVerifier, nowSeconds, oauthError, randomToken, s256 } from './oauth-utils.ts';

export interface MockUser {
  sub: string;
  name: string;
  email: string;
  preferred_username: string;
  given_name: string;
  family_name: string;
  /** Served by the IdP's userinfo only (like an avatar URL the IdP hosts). */
  picture?: string;
}

export const DEFAULT_USER: MockUser = {
  sub: 'ada',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  preferred_username: 'ada',
  given_name: 'Ada',
  family_name: 'Lovelace',
};

export interface IssueCodeInput {
  codeChallenge: string;
  redirectUri: string;
  clientId: string;
  scope: string;
  nonce?: string;
  user?: Partial<MockUser>;
}

/** What a successful grant hands to the server-specific token minting. */
/** `authTime` is when the user signed in: it stays the same across refreshes (oidc-client-ts compares it). */
export interface GrantResult {
  clientId: string;
  scope: string[];
  user: MockUser;
  nonce: string | undefined;
  grant: GrantType;
  authTime: number;
}

interface CodeRecord extends IssueCodeInput {
  user: MockUser;
  expiresAt: number;
  used: boolean;
  authTime: number;
}
interface RefreshRecord {
  clientId: string;
  scope: string[];
  user: MockUser;
  expiresAt: number;
  active: boolean;
  authTime: number;
}

export interface GrantStoreOptions {
  codeTtlSeconds: number;
  refreshTtlSeconds: number;
  defaultUser: MockUser;
}

export function createGrantStore(options: GrantStoreOptions, controls: MockControls) {
  const codes = new Map<string, CodeRecord>();
  const refreshTokens = new Map<string, RefreshRecord>();

  async function redeemCode(form: URLSearchParams): Promise<GrantResult | Response> {
    const code = codes.get(form.get('code') ?? '');
    if (!code) return oauthError('invalid_grant', 'unknown authorization code');
    if (code.used) {
      // Replay: RFC 6749 says the code is dead; the first exchange's tokens are left alone here.
      return oauthError('invalid_grant', 'authorization code already used');
    }
    code.used = true;
    if (Date.now() > code.expiresAt) return oauthError('invalid_grant', 'authorization code expired');
    if (form.get('client_id') !== code.clientId)
      return oauthError('invalid_grant', 'client_id does not match the authorization request');
    if (form.get('redirect_uri') !== code.redirectUri)
      return oauthError('invalid_grant', 'redirect_uri does not match the authorization request');
    const verifier = form.get('code_verifier') ?? '';
    if (!isValidVerifier(verifier)) return oauthError('invalid_grant', 'code_verifier missing or malformed');
    if ((await s256(verifier)) !== code.codeChallenge)
      return oauthError('invalid_grant', 'PKCE verification failed');
    return {
      clientId: code.clientId,
      scope: code.scope.split(' ').filter(Boolean),
      user: code.user,
      nonce: code.nonce,
      grant: 'authorization_code',
      authTime: code.authTime,
    };
  }

  function rotateRefresh(form: URLSearchParams): GrantResult | Response {
    const token = form.get('refresh_token') ?? '';
    const record = refreshTokens.get(token);
    if (!record || !record.active)
      return oauthError('invalid_grant', 'refresh token is invalid, revoked or already used');
    if (Date.now() > record.expiresAt) return oauthError('invalid_grant', 'refresh token expired');
    if (form.get('client_id') !== record.clientId)
      return oauthError('invalid_grant', 'client_id does not match the refresh token');
    record.active = false;
    const requested = (form.get('scope') ?? '').split(' ').filter(Boolean);
    if (requested.some((s) => !record.scope.includes(s)))
      return oauthError('invalid_scope', 'scope exceeds the original grant');
    return {
      clientId: record.clientId,
      scope: requested.length > 0 ? requested : record.scope,
      user: record.user,
      nonce: undefined,
      grant: 'refresh_token',
      authTime: record.authTime,
    };
  }

  return {
    issueCode(input: IssueCodeInput): string {
      const code = randomToken(24);
      codes.set(code, {
        ...input,
        user: { ...options.defaultUser, ...input.user },
        expiresAt: Date.now() + options.codeTtlSeconds * 1000,
        used: false,
        authTime: nowSeconds(),
      });
      return code;
    },

    issueRefreshToken(result: GrantResult): string {
      const token = randomToken(32);
      refreshTokens.set(token, {
        clientId: result.clientId,
        scope: result.scope,
        user: result.user,
        expiresAt: Date.now() + options.refreshTtlSeconds * 1000,
        active: true,
        authTime: result.authTime,
      });
      return token;
    },

    revoke(token: string): void {
      const record = refreshTokens.get(token);
      if (record) record.active = false;
    },

    /** Runs the token endpoint up to the grant check; `mint` builds the server-specific success body. */
    async handleTokenRequest(
      request: Request,
      mint: (result: GrantResult) => Promise<Response>,
    ): Promise<Response> {
      const fault = takeTokenFault(controls);
      // No answer at all: the request never counts as having reached the server.
      if (fault === 'network') return HttpResponse.error();
      if (fault === 'hang') {
        const form = new URLSearchParams(await request.text());
        const grant = form.get('grant_type') ?? '';
        if (grant === 'authorization_code' || grant === 'refresh_token' || grant === 'client_credentials')
          controls.counters.tokenRequests[grant] += 1;
        return new Promise<Response>(() => {});
      }
      const form = new URLSearchParams(await request.text());
      const grant = form.get('grant_type') ?? '';
      if (grant === 'authorization_code' || grant === 'refresh_token' || grant === 'client_credentials')
        controls.counters.tokenRequests[grant] += 1;
      if (fault === 'crash') return HttpResponse.json({}, { status: 500 });
      if (fault === 'server_error') return oauthError('server_error', 'injected failure');
      if (fault === 'invalid_grant') return oauthError('invalid_grant', 'injected failure');
      if (!form.get('client_id')) return oauthError('invalid_client', 'public clients must send client_id');
      const result =
        grant === 'authorization_code'
          ? await redeemCode(form)
          : grant === 'refresh_token'
            ? rotateRefresh(form)
            : oauthError(
                'unsupported_grant_type',
                `grant_type ${grant || '(none)'} is not supported for this client`,
              );
      return result instanceof Response ? result : mint(result);
    },
  };
}

export type GrantStore = ReturnType<typeof createGrantStore>;

/** Reads an authorize URL (as the console would navigate to it) and mints a code for it, like a consenting user. */
export function codeRequestFromAuthorizeUrl(authorizeUrl: string): IssueCodeInput & { state: string | null } {
  const url = new URL(authorizeUrl);
  const p = url.searchParams;
  if (p.get('response_type') !== 'code') throw new Error('mock authorize: response_type must be "code"');
  if (p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge'))
    throw new Error('mock authorize: PKCE S256 is required');
  const input: IssueCodeInput & { state: string | null } = {
    codeChallenge: p.get('code_challenge') ?? '',
    redirectUri: p.get('redirect_uri') ?? '',
    clientId: p.get('client_id') ?? '',
    scope: p.get('scope') ?? '',
    state: p.get('state'),
  };
  const nonce = p.get('nonce');
  if (nonce) input.nonce = nonce;
  return input;
}
