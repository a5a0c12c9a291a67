import type { JsonObject } from '../values';
import { strings } from '../values';

/** Only these come from an IdP's own discovery when flyteadmin proxies (and trims) its metadata. */
export const IDP_ONLY_KEYS = ['end_session_endpoint', 'revocation_endpoint', 'userinfo_endpoint'] as const;
export const OIDC_SCOPES = ['openid', 'profile', 'email'];

/** External scopes: drop offline_access when the IdP says it does not support it (Google uses access_type). */
export function externalScopes(wanted: string[], metadata: JsonObject): string[] {
  const supported = strings(metadata.scopes_supported);
  return supported && !supported.includes('offline_access')
    ? wanted.filter((s) => s !== 'offline_access')
    : wanted;
}
