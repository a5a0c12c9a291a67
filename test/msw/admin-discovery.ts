// flyteadmin's anonymous discovery bodies (FLYTEADMIN.md section 2), snake_case; the handler encodes per Accept.
import type { FlyteClientConfig, OAuthAuthorizationServerMetadata } from '../fixtures/admin-types.ts';

export function internalServerMetadata(origin: string): OAuthAuthorizationServerMetadata {
  return {
    issuer: origin,
    authorization_endpoint: `${origin}/oauth2/authorize`,
    token_endpoint: `${origin}/oauth2/token`,
    response_types_supported: ['code', 'token', 'code token'],
    scopes_supported: ['all'],
    token_endpoint_auth_methods_supported: ['client_secret_basic'],
    jwks_uri: `${origin}/oauth2/jwks`,
    code_challenge_methods_supported: ['S256'],
    grant_types_supported: ['client_credentials', 'refresh_token', 'authorization_code'],
    device_authorization_endpoint: '',
  };
}

/**
 * External mode: flyteadmin re-serialises the IdP's metadata through its own message, so everything outside
 * these fields (end_session_endpoint, userinfo_endpoint, revocation_endpoint, ...) is dropped.
 */
export function externalServerMetadata(
  idpMetadata: Record<string, unknown>,
): OAuthAuthorizationServerMetadata {
  const str = (key: string) => (typeof idpMetadata[key] === 'string' ? (idpMetadata[key] as string) : '');
  const list = (key: string) => (Array.isArray(idpMetadata[key]) ? (idpMetadata[key] as string[]) : []);
  return {
    issuer: str('issuer'),
    authorization_endpoint: str('authorization_endpoint'),
    token_endpoint: str('token_endpoint'),
    response_types_supported: list('response_types_supported'),
    scopes_supported: list('scopes_supported'),
    token_endpoint_auth_methods_supported: list('token_endpoint_auth_methods_supported'),
    jwks_uri: str('jwks_uri'),
    code_challenge_methods_supported: list('code_challenge_methods_supported'),
    grant_types_supported: list('grant_types_supported'),
    device_authorization_endpoint: str('device_authorization_endpoint'),
  };
}

/** Defaults describe the CLI client (flytectl), not a browser console. */
export function flyteClientConfig(overrides: Partial<FlyteClientConfig> = {}): FlyteClientConfig {
  return {
    client_id: 'flytectl',
    redirect_uri: 'http://localhost:53593/callback',
    scopes: ['all', 'offline'],
    authorization_metadata_key: 'flyte-authorization',
    service_http_endpoint: '',
    audience: '',
    ...overrides,
  };
}
