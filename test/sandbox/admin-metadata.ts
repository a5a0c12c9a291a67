/**
 * The anonymous auth discovery answers of flyteadmin: `/.well-known/oauth-authorization-server` (internal server,
 * or the external server's metadata re-serialised through the same proto fields, which drops end_session,
 * userinfo and revocation) and `/config/v1/flyte_client` with flyteadmin's defaults.
 */
export interface OAuth2Metadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  response_types_supported: string[];
  scopes_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  jwks_uri: string;
  code_challenge_methods_supported: string[];
  grant_types_supported: string[];
  device_authorization_endpoint: string;
}

export function internalMetadata(adminUrl: string): OAuth2Metadata {
  return {
    issuer: adminUrl,
    authorization_endpoint: `${adminUrl}/oauth2/authorize`,
    token_endpoint: `${adminUrl}/oauth2/token`,
    response_types_supported: ['code', 'token', 'code token'],
    scopes_supported: ['all'],
    token_endpoint_auth_methods_supported: ['client_secret_basic'],
    jwks_uri: `${adminUrl}/oauth2/jwks`,
    code_challenge_methods_supported: ['S256'],
    grant_types_supported: ['client_credentials', 'refresh_token', 'authorization_code'],
    device_authorization_endpoint: '',
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Unknown fields dropped, missing ones at their proto defaults ("" / []), as protojson would. */
export function reserialiseMetadata(doc: Record<string, unknown>): OAuth2Metadata {
  return {
    issuer: str(doc.issuer),
    authorization_endpoint: str(doc.authorization_endpoint),
    token_endpoint: str(doc.token_endpoint),
    response_types_supported: list(doc.response_types_supported),
    scopes_supported: list(doc.scopes_supported),
    token_endpoint_auth_methods_supported: list(doc.token_endpoint_auth_methods_supported),
    jwks_uri: str(doc.jwks_uri),
    code_challenge_methods_supported: list(doc.code_challenge_methods_supported),
    grant_types_supported: list(doc.grant_types_supported),
    device_authorization_endpoint: str(doc.device_authorization_endpoint),
  };
}

/** flyteadmin: externalAuthServer.baseUrl + metadataUrl (default `.well-known/oauth-authorization-server`). */
export async function fetchExternalMetadata(issuer: string): Promise<OAuth2Metadata> {
  const url = new URL('.well-known/oauth-authorization-server', issuer.endsWith('/') ? issuer : `${issuer}/`);
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`failed to get oauth metadata with status code ${response.status}`);
  return reserialiseMetadata((await response.json()) as Record<string, unknown>);
}

export function flyteClientConfig() {
  return {
    client_id: 'flytectl',
    redirect_uri: 'http://localhost:53593/callback',
    scopes: ['all', 'offline'],
    authorization_metadata_key: 'flyte-authorization',
    service_http_endpoint: '',
    audience: '',
  };
}
