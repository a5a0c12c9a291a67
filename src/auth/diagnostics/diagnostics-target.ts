import { DEFAULT_AUTHORIZATION_HEADER, type ConsoleConfig } from '../../config/config-types';
import { metadataUrlFor } from '../discovery/documents';
import { redirectUris } from '../session/user-manager';
import { getJson, jsonObject } from './probe-http';
import { nonEmpty } from '../values';
import type { DiagnosticsTarget, FetchLike } from './probe-types';

/** Where the console reads its discovery document for this config; null without sign-in. */
export function discoveryUrlFor(config: ConsoleConfig, adminUrl: string): string | null {
  const { auth } = config;
  if (auth.mode === 'none') return null;
  if (auth.mode === 'external') return metadataUrlFor(auth.issuer ?? '', auth.metadataUrl);
  return `${adminUrl}/.well-known/oauth-authorization-server`;
}

/**
 * The target of the checks, from config.json as it is now. The header name is the configured one, else the
 * admin's authorization_metadata_key, else flyte-authorization (the same order as sign-in uses).
 */
export async function buildTarget(
  config: ConsoleConfig,
  origin: string,
  fetchImpl: FetchLike,
): Promise<DiagnosticsTarget> {
  const adminUrl = (config.adminUrl || origin).replace(/\/+$/, '');
  let headerName = config.auth.authorizationHeader;
  if (!headerName && config.auth.mode !== 'none') {
    const result = await getJson(fetchImpl, `${adminUrl}/config/v1/flyte_client`);
    const body = result.ok && result.response.ok ? await jsonObject(result.response) : undefined;
    headerName = nonEmpty(body?.authorization_metadata_key);
  }
  return {
    mode: config.auth.mode,
    origin,
    adminUrl,
    clientId: config.auth.clientId,
    configuredIssuer: config.auth.issuer,
    discoveryUrl: discoveryUrlFor(config, adminUrl),
    headerName: headerName ?? DEFAULT_AUTHORIZATION_HEADER,
    redirectUri: redirectUris(origin).redirect,
  };
}
