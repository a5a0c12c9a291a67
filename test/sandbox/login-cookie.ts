import type { IncomingMessage, ServerResponse } from 'node:http';
import { importJWK, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { DemoUser } from './demo-users.ts';
import type { SigningKeys } from './signing-keys.ts';

/**
 * flyteadmin's own login cookies. Its `/login` -> `/callback` flow stores the user's tokens in `flyte_idt` (ID token)
 * and `flyte_at` (access token) on the admin's origin (flyteadmin/auth/cookie.go:21-44, handlers.go:201-229), as
 * HttpOnly session cookies (cookie.go:61-76); the internal authorization server's sign-in goes through that flow.
 * On a REST call an ID-token cookie wins over the `flyte-authorization` header (handlers.go:362-386), and it is
 * read only when both cookies are there (cookie_manager.go:78-99).
 */
export const ID_TOKEN_COOKIE = 'flyte_idt';
export const ACCESS_TOKEN_COOKIE = 'flyte_at';

export function readCookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return jar;
}

/** The ID token from the cookies, or undefined when flyteadmin would not read one. */
export function loginCookieToken(req: IncomingMessage): string | undefined {
  const jar = readCookies(req);
  const idToken = jar.get(ID_TOKEN_COOKIE);
  return idToken && jar.get(ACCESS_TOKEN_COOKIE) ? idToken : undefined;
}

/** Sets both cookies for `user` on `res`, the ID token valid for `ttlSeconds`. */
export async function setLoginCookies(
  res: ServerResponse,
  o: { adminUrl: string; keys: SigningKeys; user: DemoUser; ttlSeconds: number },
): Promise<void> {
  const jwk = o.keys.privateJwks.keys[0];
  if (!jwk) throw new Error('no signing key');
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = {
    iss: o.adminUrl,
    aud: ['flyteadmin-login'],
    sub: o.user.id,
    name: o.user.name,
    email: o.user.email,
    iat: now,
    exp: now + o.ttlSeconds,
  };
  const idToken = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' })
    .sign(await importJWK(jwk, 'RS256'));
  const attributes = 'Path=/; HttpOnly; SameSite=Lax';
  const previous = res.getHeader('Set-Cookie');
  const existing = Array.isArray(previous) ? previous : previous ? [String(previous)] : [];
  res.setHeader('Set-Cookie', [
    ...existing,
    `${ID_TOKEN_COOKIE}=${idToken}; ${attributes}`,
    // flyteadmin stores the access token here; its value plays no part in authenticating a REST call.
    `${ACCESS_TOKEN_COOKIE}=${crypto.randomUUID()}; ${attributes}`,
  ]);
}

/** Verifies a cookie's ID token like IdentityContextFromIDTokenToken (flyteadmin/auth/token.go:122-141). */
export async function verifyLoginToken(
  token: string,
  o: { adminUrl: string; keySet: JWTVerifyGetKey },
): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, o.keySet, { issuer: o.adminUrl, algorithms: ['RS256'] });
  return payload;
}
