// How flyteadmin authenticates a REST call (docs/architecture.md, "The server the console talks to"): Bearer
// from `Authorization`, else the configured header; RS256 signature; audience; scope `all` from `scp`. Failures are 401 code 16.
import { jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import { errors } from 'jose';
import { HttpResponse } from 'msw';

export interface AuthSettings {
  origin: string;
  /** Header flyteadmin falls back to when `Authorization` carries no Bearer token. */
  headerName: string;
  /** Verification key: the admin's own (internal server) or the IdP's (external). */
  key: () => Promise<CryptoKey>;
  /** Accepted `aud` values besides the public URL (external mode's allowedAudience). */
  allowedAudience: string[];
}

export type AuthOutcome = { ok: true; claims: JWTPayload } | { ok: false; message: string };

function bearer(value: string | null): string | null {
  return /^Bearer\s+(\S+)$/i.exec(value ?? '')?.[1] ?? null;
}

export async function authenticate(request: Request, settings: AuthSettings): Promise<AuthOutcome> {
  const token =
    bearer(request.headers.get('authorization')) ?? bearer(request.headers.get(settings.headerName));
  if (!token)
    return {
      ok: false,
      message:
        'token not found in any of the expected places: authorization header, flyte-authorization header, cookies',
    };
  let claims: JWTPayload;
  try {
    claims = (await jwtVerify(token, await settings.key(), { algorithms: ['RS256'] })).payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired)
      return { ok: false, message: 'failed to validate token: token is expired' };
    return { ok: false, message: 'failed to validate token: invalid signature or malformed token' };
  }
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : (claims.aud ?? []);
  const accepted = [settings.origin, ...settings.allowedAudience];
  if (!audiences.some((a) => accepted.includes(a)))
    return { ok: false, message: `invalid audience ${audiences.join(',')}` };
  const scopes = Array.isArray(claims.scp) ? claims.scp : [];
  if (!scopes.includes('all'))
    return { ok: false, message: "authenticated user doesn't have required scope" };
  return { ok: true, claims };
}

export function unauthenticated(message: string, origin: string): Response {
  return HttpResponse.json(
    { code: 16, message, details: [] },
    { status: 401, headers: { 'WWW-Authenticate': `Bearer realm="${origin}", error="invalid_token"` } },
  );
}

/** `/me` as flyteadmin builds it: values from the token's user_info claim, `email` claim wins, sub as fallback. */
export function userInfoFromClaims(claims: JWTPayload): Record<string, unknown> {
  const info = (
    typeof claims.user_info === 'object' && claims.user_info !== null ? claims.user_info : {}
  ) as Record<string, unknown>;
  const pick = (key: string) =>
    typeof info[key] === 'string'
      ? (info[key] as string)
      : typeof claims[key] === 'string'
        ? (claims[key] as string)
        : '';
  return {
    subject: typeof info.subject === 'string' && info.subject ? info.subject : (claims.sub ?? ''),
    name: pick('name'),
    preferred_username: pick('preferred_username'),
    given_name: pick('given_name'),
    family_name: pick('family_name'),
    email: typeof claims.email === 'string' ? claims.email : pick('email'),
    picture: pick('picture'),
    additional_claims: { ...claims },
  };
}
