import type { IncomingMessage } from 'node:http';
import { errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Credential } from './controls.ts';
import { loginCookieToken, verifyLoginToken } from './login-cookie.ts';

/**
 * How flyteadmin authenticates a REST call: `Authorization: Bearer <jwt>` first; else its own login cookie
 * (`flyte_idt` with `flyte_at`), whose ID token is then all that counts, the `flyte-authorization` header unread
 * (flyteadmin/auth/handlers.go:362-386, 306-336); else the `flyte-authorization` header. Bearer tokens: RS256
 * signature by the configured key set; `aud` must be the admin's public URL; the issuer is checked only for the
 * internal server; scope `all` is required. A cookie's ID token carries scope `all` (auth/token.go:122-141).
 */
export interface Identity {
  subject: string;
  claims: JWTPayload;
  scopes: string[];
}

export type AuthOutcome =
  | { ok: true; identity: Identity; credential: Credential }
  | {
      ok: false;
      credential: Credential;
      status: 401;
      grpcCode: 16;
      message: string;
      error: 'invalid_request' | 'invalid_token' | 'insufficient_scope';
    };

export interface BearerVerifierOptions {
  mode: 'internal' | 'external';
  adminUrl: string;
  keySet: JWTVerifyGetKey;
  /** Internal mode only: the expected `iss`. */
  issuer?: string;
  /** flyteadmin's `auth.httpAuthorizationHeader`. */
  headerName?: string;
  /** Read flyteadmin's login cookie (the internal server's sign-in sets it); its ID token is verified with `keySet`. */
  loginCookie?: boolean;
}

export const REQUIRED_SCOPE = 'all';

function bearer(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(raw.trim());
  return match?.[1]?.trim() ?? '';
}

function scopesOf(claims: JWTPayload, mode: 'internal' | 'external'): string[] {
  if (Array.isArray(claims.scp)) return claims.scp.filter((s): s is string => typeof s === 'string');
  if (typeof claims.scp === 'string') return claims.scp.split(' ');
  // Sandbox leniency for external tokens: real flyteadmin reads `scp` only (the sandbox IdP always sets it).
  if (mode === 'external' && typeof claims.scope === 'string') return claims.scope.split(' ');
  return [];
}

export function createBearerVerifier(o: BearerVerifierOptions) {
  const headerName = (o.headerName ?? 'flyte-authorization').toLowerCase();
  async function fromCookie(idToken: string): Promise<AuthOutcome> {
    try {
      const claims = await verifyLoginToken(idToken, { adminUrl: o.adminUrl, keySet: o.keySet });
      const identity = { subject: String(claims.sub ?? ''), claims, scopes: [REQUIRED_SCOPE] };
      return { ok: true, credential: 'cookie', identity };
    } catch (err) {
      const detail =
        err instanceof joseErrors.JWTExpired ? 'token is expired' : 'token could not be verified';
      return {
        ok: false,
        credential: 'cookie',
        status: 401,
        grpcCode: 16,
        error: 'invalid_token',
        message: `token parse error id token err: failed to verify id token: ${detail}, access token err: no Bearer token`,
      };
    }
  }

  return verify;

  async function verify(req: IncomingMessage): Promise<AuthOutcome> {
    const a = bearer(req.headers.authorization);
    const cookieToken = o.loginCookie && !a ? loginCookieToken(req) : undefined;
    if (cookieToken) return fromCookie(cookieToken);
    const b = bearer(req.headers[headerName]);
    const token = a || b || (a ?? b);
    const credential: Credential = a ? 'authorization' : b !== undefined ? 'flyte-authorization' : 'none';
    if (token === undefined) {
      return {
        ok: false,
        credential,
        status: 401,
        grpcCode: 16,
        error: 'invalid_request',
        message: `Request unauthenticated: no Bearer token in the Authorization or ${headerName} header`,
      };
    }
    if (token === '') {
      return {
        ok: false,
        credential,
        status: 401,
        grpcCode: 16,
        error: 'invalid_token',
        message: 'Request unauthenticated: malformed Bearer header',
      };
    }
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, o.keySet, {
        audience: o.adminUrl,
        algorithms: ['RS256'],
        ...(o.mode === 'internal' ? { issuer: o.issuer ?? o.adminUrl } : {}),
      }));
    } catch (err) {
      const detail =
        err instanceof joseErrors.JWTExpired
          ? 'token is expired'
          : err instanceof joseErrors.JWTClaimValidationFailed
            ? `invalid token claim "${err.claim}": ${err.reason}`
            : err instanceof joseErrors.JOSEError
              ? `${err.code}: ${err.message}`
              : 'token could not be verified';
      return {
        ok: false,
        credential,
        status: 401,
        grpcCode: 16,
        error: 'invalid_token',
        message: `token parse error [JWT_VERIFICATION_FAILED] Could not retrieve id token from metadata, caused by: ${detail}`,
      };
    }
    const scopes = scopesOf(claims, o.mode);
    if (!scopes.includes(REQUIRED_SCOPE)) {
      return {
        ok: false,
        credential,
        status: 401,
        grpcCode: 16,
        error: 'insufficient_scope',
        message: `authenticated user doesn't have required scope`,
      };
    }
    return { ok: true, credential, identity: { subject: String(claims.sub ?? ''), claims, scopes } };
  }
}
