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
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

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
    // A document from another origin than the issuer (auth.metadataUrl absolute) is trusted only because it
    // names exactly the configured issuer; otherwise anyone serving JSON there would choose the endpoints.
    const elsewhere = originOf(url) !== originOf(configured);
    throw new DiscoveryError({
      url,
      status: 200,
      cause: 'issuer-mismatch',
      message: elsewhere
        ? `auth.metadataUrl is on another origin (${originOf(url)}) than auth.issuer (${originOf(configured)}), and the document there names issuer "${String(metadata.issuer)}", not "${configured}".`
        : `The document names issuer "${String(metadata.issuer)}", but auth.issuer is "${configured}".`,
      hint: elsewhere
        ? "A discovery document from another origin is used only when its issuer is exactly auth.issuer. Point auth.metadataUrl at the IdP's own document, or fix auth.issuer."
        : 'Set auth.issuer to exactly the issuer the IdP announces (tokens are checked against it).',
    });
  }
  return {
    kind: 'oauth',
    mode: auth.mode,
    server: 'external',
    issuer: String(metadata.issuer),
    metadata: metadata,
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
