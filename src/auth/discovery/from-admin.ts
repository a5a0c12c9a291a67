import type { OidcMetadata } from 'oidc-client-ts';
import {
  DEFAULT_AUTHORIZATION_HEADER,
  INTERNAL_DEFAULT_SCOPES,
  type ConsoleConfig,
} from '../../config/config-types';
import {
  DiscoveryError,
  fetchJson,
  httpError,
  isAdminServer,
  metadataUrlFor,
  optionalJson,
  requireMetadata,
  sameIssuer,
} from './documents';
import { externalScopes, IDP_ONLY_KEYS, OIDC_SCOPES } from './scopes';
import type { AuthResolution } from '../types';
import { nonEmpty, strings, type JsonObject } from '../values';

/** 501 or 404 on both auth routes: authentication is off at the admin. */
const authOffStatus = (status: number) => status === 501 || status === 404;

/**
 * auto / internal: flyteadmin's own discovery routes (grpc-gateway, so exact Accept). 501/404 on both means auth
 * is off; a proxied external server's metadata is completed from that server's own discovery document.
 */
export async function fromAdmin(
  config: ConsoleConfig,
  adminUrl: string,
  fetchImpl: typeof fetch,
): Promise<AuthResolution> {
  const { auth } = config;
  const metadataUrl = `${adminUrl}/.well-known/oauth-authorization-server`;
  const clientUrl = `${adminUrl}/config/v1/flyte_client`;
  const [meta, client] = await Promise.all([
    fetchJson(metadataUrl, fetchImpl),
    fetchJson(clientUrl, fetchImpl),
  ]);
  if (!meta.ok && !client.ok && authOffStatus(meta.status) && authOffStatus(client.status)) {
    if (auth.mode === 'auto') return { kind: 'none', mode: auth.mode, reason: 'admin', adminUrl };
    const error = httpError(metadataUrl, meta.status);
    return {
      kind: 'error',
      mode: auth.mode,
      error: new DiscoveryError({
        url: metadataUrl,
        status: meta.status,
        cause: 'auth-off',
        message: `auth.mode is "internal", but the admin runs without authentication: ${error.message}`,
        hint: 'Turn authentication on at the admin (server.security.useAuth), or set auth.mode to "auto" or "none".',
      }),
    };
  }
  if (!meta.ok) throw httpError(metadataUrl, meta.status);
  const metadata = requireMetadata(metadataUrl, meta.body);
  const flyteClient = client.ok ? client.body : {};
  const issuer = String(metadata.issuer);
  const internal = isAdminServer(metadata, adminUrl);
  const discoveryUrls = [metadataUrl];
  let merged: JsonObject = { ...metadata };
  if (!internal) {
    // flyteadmin re-serialises an external server's metadata and drops end-session, revocation and userinfo.
    const ownUrl = metadataUrlFor(issuer, '.well-known/openid-configuration');
    const own = await optionalJson(ownUrl, fetchImpl);
    if (own && typeof own.issuer === 'string' && sameIssuer(own.issuer, issuer)) {
      discoveryUrls.push(ownUrl);
      for (const key of IDP_ONLY_KEYS) if (nonEmpty(own[key])) merged = { ...merged, [key]: own[key] };
    }
  }
  const adminScopes = strings(flyteClient.scopes);
  const scopes =
    auth.scopes ??
    (internal
      ? (adminScopes ?? INTERNAL_DEFAULT_SCOPES)
      : externalScopes([...new Set([...OIDC_SCOPES, ...(adminScopes ?? []), 'offline_access'])], metadata));
  return {
    kind: 'oauth',
    mode: auth.mode,
    server: internal ? 'internal' : 'external',
    issuer,
    metadata: merged as Partial<OidcMetadata>,
    discoveryUrls,
    clientId: auth.clientId,
    scopes,
    audience: auth.audience ?? nonEmpty(flyteClient.audience),
    extraQueryParams: auth.extraQueryParams,
    headerName:
      auth.authorizationHeader ??
      nonEmpty(flyteClient.authorization_metadata_key) ??
      DEFAULT_AUTHORIZATION_HEADER,
    userStore: auth.userStore,
    adminUrl,
  };
}
