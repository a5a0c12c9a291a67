// Small OAuth helpers: random opaque tokens, PKCE S256 and the token endpoint's JSON answers.
import { base64url } from 'jose';
import { HttpResponse } from 'msw';

export function randomToken(bytes = 32): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));
}

export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url.encode(new Uint8Array(digest));
}

/** RFC 7636: 43-128 characters of [A-Z a-z 0-9 - . _ ~]. */
export function isValidVerifier(verifier: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);
}

export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_grant'
  | 'invalid_client'
  | 'unsupported_grant_type'
  | 'server_error'
  | 'invalid_scope';

/** RFC 6749 section 5.2 error response (server_error is a 500 here, as a failing server would send). */
export function oauthError(error: OAuthErrorCode, description: string): Response {
  const status = error === 'server_error' ? 500 : error === 'invalid_client' ? 401 : 400;
  return HttpResponse.json(
    { error, error_description: description },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );
}

export function tokenJson(body: Record<string, unknown>): Response {
  return HttpResponse.json(body, { headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' } });
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
