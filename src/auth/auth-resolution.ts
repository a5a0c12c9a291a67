import type { OidcMetadata } from 'oidc-client-ts';
import type { AuthMode, UserStoreKind } from '../config/config-types';
import { fetchJson, type DiscoveryError, type JsonObject } from './discovery';

/** How this deployment signs people in, decided once at boot (DESIGN.md section 2). */
export type AuthResolution = NoAuth | OAuthResolution | AuthResolutionError;

interface NoAuth {
  kind: 'none';
  mode: AuthMode;
  /** "config": auth.mode is "none"; "admin": the admin answered 501/404 on its auth routes. */
  reason: 'config' | 'admin';
  adminUrl: string;
}

export interface AuthResolutionError {
  kind: 'error';
  mode: AuthMode;
  error: DiscoveryError;
}

export interface OAuthResolution {
  kind: 'oauth';
  mode: AuthMode;
  /** "internal": flyteadmin's own OAuth2 server (no OIDC); "external": an OIDC IdP. */
  server: 'internal' | 'external';
  issuer: string;
  metadata: Partial<OidcMetadata>;
  /** The documents the metadata came from, for the settings page and error messages. */
  discoveryUrls: string[];
  clientId: string;
  scopes: string[];
  audience: string | undefined;
  extraQueryParams: Record<string, string>;
  headerName: string;
  userStore: UserStoreKind;
  adminUrl: string;
}

/** Only these come from an IdP's own discovery when flyteadmin proxies (and trims) its metadata. */
export const IDP_ONLY_KEYS = ['end_session_endpoint', 'revocation_endpoint', 'userinfo_endpoint'] as const;
export const OIDC_SCOPES = ['openid', 'profile', 'email'];

export const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'string') ? value : undefined;
export const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
export const authOffStatus = (status: number) => status === 501 || status === 404;

/** External scopes: drop offline_access when the IdP says it does not support it (Google uses access_type). */
export function externalScopes(wanted: string[], metadata: JsonObject): string[] {
  const supported = strings(metadata.scopes_supported);
  return supported && !supported.includes('offline_access')
    ? wanted.filter((s) => s !== 'offline_access')
    : wanted;
}

export async function optionalJson(url: string, fetchImpl: typeof fetch): Promise<JsonObject | undefined> {
  try {
    const result = await fetchJson(url, fetchImpl);
    return result.ok ? result.body : undefined;
  } catch {
    return undefined;
  }
}
