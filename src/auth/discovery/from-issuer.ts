import type { OidcMetadata } from 'oidc-client-ts';
import {
  DEFAULT_AUTHORIZATION_HEADER,
  EXTERNAL_DEFAULT_SCOPES,
  type ConsoleConfig,
} from '../../config/config-types';
import {
  DiscoveryError,
  fetchJson,
  httpError,
  metadataUrlFor,
  optionalJson,
  requireMetadata,
  sameIssuer,
} from './documents';
import { externalScopes } from './scopes';
import type { AuthResolution } from '../types';
import { nonEmpty } from '../values';

/** external: the IdP's discovery from auth.issuer + auth.metadataUrl (either form, relative or absolute). */
export async function fromIssuer(
  config: ConsoleConfig,
  adminUrl: string,
  fetchImpl: typeof fetch,
): Promise<AuthResolution> {
  const { auth } = config;
  const configured = auth.issuer ?? '';
  const url = metadataUrlFor(configured, auth.metadataUrl);
  const [result, flyteClient] = await Promise.all([
    fetchJson(url, fetchImpl),
    auth.authorizationHeader ? undefined : optionalJson(`${adminUrl}/config/v1/flyte_client`, fetchImpl),
  ]);
  if (!result.ok) throw httpError(url, result.status);
  const metadata = requireMetadata(url, result.body);
  if (!sameIssuer(String(metadata.issuer), configured)) {
    throw new DiscoveryError({
      url,
      status: 200,
      cause: 'issuer-mismatch',
      message: `The document names issuer "${String(metadata.issuer)}", but auth.issuer is "${configured}".`,
      hint: 'Set auth.issuer to exactly the issuer the IdP announces (tokens are checked against it).',
    });
  }
  return {
    kind: 'oauth',
    mode: auth.mode,
    server: 'external',
    issuer: String(metadata.issuer),
    metadata: metadata as Partial<OidcMetadata>,
    discoveryUrls: [url],
    clientId: auth.clientId,
    scopes: auth.scopes ?? externalScopes(EXTERNAL_DEFAULT_SCOPES, metadata),
    audience: auth.audience,
    extraQueryParams: auth.extraQueryParams,
    headerName:
      auth.authorizationHeader ??
      nonEmpty(flyteClient?.authorization_metadata_key) ??
      DEFAULT_AUTHORIZATION_HEADER,
    userStore: auth.userStore,
    adminUrl,
  };
}
