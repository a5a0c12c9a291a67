import type { User } from 'oidc-client-ts';

/** A sign-out must not hang on a revocation endpoint that does not answer. */
const REVOCATION_TIMEOUT_MS = 10_000;

type RevocableType = 'refresh_token' | 'access_token';

/**
 * Revokes the refresh token and the access token (RFC 7009), each on its own, so one failure does not keep the
 * other alive. oidc-client-ts' revokeTokens stops at the first failure and treats a 200 whose body is not JSON
 * (Content-Type text/html, "OK") as one; RFC 7009 section 2.2 gives the answer no body at all, so any 2xx
 * counts as revoked here. Resolves with the types that the server confirmed; never throws.
 */
export async function revokeTokens(
  user: User,
  options: { endpoint: string; clientId: string; fetchImpl?: typeof fetch; timeoutMs?: number },
): Promise<RevocableType[]> {
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const types: RevocableType[] = ['refresh_token', 'access_token'];
  const outcomes = await Promise.all(
    types.map(async (type) => {
      const token = user[type];
      if (typeof token !== 'string' || token === '') return null;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? REVOCATION_TIMEOUT_MS);
      try {
        const response = await doFetch(options.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token, token_type_hint: type, client_id: options.clientId }),
          credentials: 'omit',
          signal: controller.signal,
        });
        return response.ok ? type : null;
      } catch {
        return null;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return outcomes.filter((type): type is RevocableType => type !== null);
}
